package th.go.cdd.performance.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ThaiDatesTest {

  @Test
  void formatWritesDayMonthAndBuddhistYear() {
    assertThat(ThaiDates.format(LocalDate.of(2021, 9, 10))).isEqualTo("10/09/2564");
  }

  @Test
  void formatPadsDayAndMonth() {
    assertThat(ThaiDates.format(LocalDate.of(2022, 1, 5))).isEqualTo("05/01/2565");
  }

  @Test
  void formatOfNullDateIsEmpty() {
    assertThat(ThaiDates.format((LocalDate) null)).isEmpty();
    assertThat(ThaiDates.format((Instant) null)).isEmpty();
  }

  @Test
  void parseReadsBuddhistYear() {
    assertThat(ThaiDates.parse("10/09/2564")).isEqualTo(LocalDate.of(2021, 9, 10));
  }

  @Test
  void parseAcceptsThaiDigits() {
    assertThat(ThaiDates.parse("๑๐/๐๙/๒๕๖๔")).isEqualTo(LocalDate.of(2021, 9, 10));
  }

  @Test
  void parseAcceptsSurroundingSpacesAndUnpaddedNumbers() {
    assertThat(ThaiDates.parse("  1/9/2564 ")).isEqualTo(LocalDate.of(2021, 9, 1));
  }

  @Test
  void parseOfBlankIsNull() {
    assertThat(ThaiDates.parse(null)).isNull();
    assertThat(ThaiDates.parse("   ")).isNull();
  }

  @Test
  void parseIsTheInverseOfFormat() {
    LocalDate d = LocalDate.of(2022, 5, 17);
    assertThat(ThaiDates.parse(ThaiDates.format(d))).isEqualTo(d);
  }

  @ParameterizedTest(name = "\"{0}\" is refused")
  @ValueSource(strings = {"abc", "10-09-2564", "10/09", "10/09/2564/1", "aa/bb/cccc", "31/02/2565", "32/01/2565", "10/13/2564", "๑๐/๐๙"})
  void badInputThrowsDateTimeParseException(String text) {
    assertThatThrownBy(() -> ThaiDates.parse(text))
        .isInstanceOf(DateTimeParseException.class)
        .extracting(e -> ((DateTimeParseException) e).getParsedString())
        .isEqualTo(text);
  }

  @Test
  void toArabicDigitsConvertsOnlyThaiDigits() {
    assertThat(ThaiDates.toArabicDigits("รอบ ๑ ปี ๒๕๖๔ (x9)")).isEqualTo("รอบ 1 ปี 2564 (x9)");
  }

  @Test
  void formatInstantUsesBangkokTime() {
    // 17:30 UTC is 00:30 the next day in Bangkok (UTC+7)
    assertThat(ThaiDates.format(Instant.parse("2021-09-10T17:30:00Z"))).isEqualTo("11/09/2564 00:30");
    assertThat(ThaiDates.format(Instant.parse("2021-09-10T02:05:59Z"))).isEqualTo("10/09/2564 09:05");
  }

  @Test
  void bangkokZoneAndOffset() {
    assertThat(ThaiDates.BANGKOK.getId()).isEqualTo("Asia/Bangkok");
    assertThat(ThaiDates.BE_OFFSET).isEqualTo(543);
  }

  /**
   * A two-digit Buddhist year ("64") is read as year 64 BE = 479 BC instead of being refused; a
   * Christian-era year ("2021") silently becomes 1478 CE. Enable once parse refuses such years.
   */
  @Test
  void twoDigitYearIsRefused() {
    assertThatThrownBy(() -> ThaiDates.parse("10/09/64")).isInstanceOf(DateTimeParseException.class);
  }
}
