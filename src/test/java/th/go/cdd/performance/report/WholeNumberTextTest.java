package th.go.cdd.performance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WholeNumberTextTest {
  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource(delimiter = '|', value = {"12|12", "๕๗|57", " 100 |100", "1,000|1000", "-1|-1", "2.5|2.5", "๑,๒๐๐|1200", "0|0"})
  void plainNumbersInThaiOrArabicDigitsAreRead(String typed, String value) {
    assertThat(WholeNumberText.parse(typed)).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo(value));
  }

  @ParameterizedTest(name = "\"{0}\" is not a plain number")
  @ValueSource(strings = {"1e9", "1E9", "abc", "12a", "0x10", "1,00", "١٢", "12 34", "Infinity", "NaN", "1.", ".5", "--1", "123456789012345678901"})
  void exponentsLettersAndOtherScriptsAreRefused(String typed) {
    assertThatThrownBy(() -> WholeNumberText.parse(typed)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void aBlankFieldIsNoFigure(String typed) {
    assertThat(WholeNumberText.parse(typed)).isEmpty();
  }
}
