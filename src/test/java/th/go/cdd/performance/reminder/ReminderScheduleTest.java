package th.go.cdd.performance.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.go.cdd.performance.shared.ThaiDates;

class ReminderScheduleTest {
  private static final LocalTime EIGHT = LocalTime.of(8, 0);
  // Songkran 2569 (2026): Mon 13 – Wed 15 April
  private final WorkingDays days = new WorkingDays(List.of(LocalDate.of(2026, 4, 13), LocalDate.of(2026, 4, 14), LocalDate.of(2026, 4, 15)));

  private static Instant bangkok(int month, int day, int hour) {
    return LocalDateTime.of(2026, month, day, hour, 0).atZone(ThaiDates.BANGKOK).toInstant();
  }

  private ReminderSchedule dueOn(LocalDate due) {
    return new ReminderSchedule(due, days, 3, 2, EIGHT, ThaiDates.BANGKOK);
  }

  @Test
  void theReminderIsThreeWorkingDaysBeforeTheDueDateAtEight() {
    // due Friday 17 April: Thu 16, (Songkran, weekend), Fri 10, Thu 9 → the third working day before is Thursday 9 April
    assertThat(dueOn(LocalDate.of(2026, 4, 17)).reminderAt()).isEqualTo(bangkok(4, 9, 8));
  }

  @Test
  void theReportIsLateFromMidnightAfterTheDueDate() {
    assertThat(dueOn(LocalDate.of(2026, 4, 17)).lateFrom()).isEqualTo(bangkok(4, 18, 0));
  }

  @Test
  void escalationsStartTheFirstWorkingDayAfterTheDueDateThenEveryTwoWorkingDays() {
    ReminderSchedule s = dueOn(LocalDate.of(2026, 4, 10)); // Friday before Songkran
    assertThat(s.firstEscalationAt()).isEqualTo(bangkok(4, 16, 8));
    assertThat(s.escalationAtOrBefore(bangkok(4, 16, 7))).isEmpty();
    assertThat(s.escalationAtOrBefore(bangkok(4, 16, 8))).contains(bangkok(4, 16, 8));
    assertThat(s.escalationAtOrBefore(bangkok(4, 17, 12))).contains(bangkok(4, 16, 8));
    assertThat(s.nextEscalationAfter(bangkok(4, 16, 8))).as("16 → (17, 20)").isEqualTo(bangkok(4, 20, 8));
    assertThat(s.escalationAtOrBefore(bangkok(4, 21, 9))).contains(bangkok(4, 20, 8));
    assertThat(s.nextEscalationAfter(bangkok(4, 20, 8))).isEqualTo(bangkok(4, 22, 8));
  }

  @Test
  void aLaterDueDateMovesEveryPointLater() {
    ReminderSchedule before = dueOn(LocalDate.of(2026, 4, 10));
    ReminderSchedule extended = dueOn(LocalDate.of(2026, 4, 24));
    assertThat(extended.reminderAt()).isAfter(before.reminderAt());
    assertThat(extended.escalationAtOrBefore(bangkok(4, 20, 9))).as("not late any more").isEmpty();
    assertThat(extended.nextEscalationAfter(bangkok(4, 20, 9))).isEqualTo(bangkok(4, 27, 8));
  }
}
