package th.go.cdd.performance.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {
  // Songkran 2569 (2026): Mon 13 – Wed 15 April
  private final WorkingDays days = new WorkingDays(List.of(LocalDate.of(2026, 4, 13), LocalDate.of(2026, 4, 14), LocalDate.of(2026, 4, 15)));

  @Test
  void weekendsAndHolidaysAreNotWorkingDays() {
    assertThat(days.isWorkingDay(LocalDate.of(2026, 4, 10))).as("Friday").isTrue();
    assertThat(days.isWorkingDay(LocalDate.of(2026, 4, 11))).as("Saturday").isFalse();
    assertThat(days.isWorkingDay(LocalDate.of(2026, 4, 12))).as("Sunday").isFalse();
    assertThat(days.isWorkingDay(LocalDate.of(2026, 4, 14))).as("Songkran").isFalse();
    assertThat(days.isWorkingDay(LocalDate.of(2026, 4, 16))).as("Thursday after Songkran").isTrue();
  }

  @Test
  void countingForwardSkipsTheWeekendAndSongkran() {
    assertThat(days.after(LocalDate.of(2026, 4, 9), 1)).isEqualTo(LocalDate.of(2026, 4, 10));
    assertThat(days.after(LocalDate.of(2026, 4, 10), 1)).isEqualTo(LocalDate.of(2026, 4, 16));
    assertThat(days.after(LocalDate.of(2026, 4, 10), 2)).isEqualTo(LocalDate.of(2026, 4, 17));
  }

  @Test
  void countingBackSkipsTheWeekendAndSongkran() {
    assertThat(days.before(LocalDate.of(2026, 4, 17), 2)).isEqualTo(LocalDate.of(2026, 4, 10));
    assertThat(days.before(LocalDate.of(2026, 4, 16), 3)).isEqualTo(LocalDate.of(2026, 4, 8));
  }

  @Test
  void aDueDateOnAWeekendCountsFromTheFridayBefore() {
    // due Sunday 12 April: one working day before is Friday 10th
    assertThat(days.before(LocalDate.of(2026, 4, 12), 1)).isEqualTo(LocalDate.of(2026, 4, 10));
  }

  @Test
  void betweenCountsOnlyWorkingDays() {
    assertThat(days.between(LocalDate.of(2026, 4, 9), LocalDate.of(2026, 4, 17))).isEqualTo(3);
    assertThat(days.between(LocalDate.of(2026, 4, 17), LocalDate.of(2026, 4, 9))).isZero();
  }

  @Test
  void zeroOrNegativeDaysAreRefused() {
    assertThatThrownBy(() -> days.after(LocalDate.of(2026, 4, 9), 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> days.before(LocalDate.of(2026, 4, 9), -1)).isInstanceOf(IllegalArgumentException.class);
  }
}
