package th.go.cdd.performance.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HolidaysSeedTest {
  private final List<PublicHoliday> seed = Holidays.read(Holidays.SEED);

  @Test
  void theSeedCoversTheProgramYearsAndTheCurrentOnesWithoutDuplicates() {
    assertThat(seed).extracting(PublicHoliday::getDay).doesNotHaveDuplicates();
    for (int year : new int[] {2021, 2022, 2023, 2025, 2026, 2027}) {
      assertThat(seed).filteredOn(h -> h.getDay().getYear() == year).as("year %d", year).hasSizeGreaterThanOrEqualTo(16);
    }
    assertThat(seed).allSatisfy(h -> assertThat(h.getNameTh()).isNotBlank());
  }

  @Test
  void theSeedHasTheFixedHolidays() {
    assertThat(seed).extracting(PublicHoliday::getDay)
        .contains(LocalDate.of(2021, 10, 13), LocalDate.of(2022, 4, 13), LocalDate.of(2026, 12, 10), LocalDate.of(2027, 7, 28));
  }
}
