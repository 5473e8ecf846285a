package th.go.cdd.performance.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LevelScaleTest {

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private static LevelScale scale(String... thresholds) {
    return LevelScale.of(Arrays.stream(thresholds).map(BigDecimal::new).toList());
  }

  private final LevelScale kpi3 = scale("10", "20", "30", "40", "50");

  @Test
  void figureBelowFirstThresholdIsLevelZero() {
    assertThat(kpi3.levelOf(d("9"))).isZero();
    assertThat(kpi3.levelOf(d("0"))).isZero();
  }

  @Test
  void figureExactlyOnAThresholdReachesThatLevel() {
    assertThat(kpi3.levelOf(d("10"))).isEqualTo(1);
    assertThat(kpi3.levelOf(d("20"))).isEqualTo(2);
    assertThat(kpi3.levelOf(d("30"))).isEqualTo(3);
    assertThat(kpi3.levelOf(d("40"))).isEqualTo(4);
    assertThat(kpi3.levelOf(d("50"))).isEqualTo(5);
  }

  @Test
  void figureBetweenThresholdsStaysOnLowerLevel() {
    assertThat(kpi3.levelOf(d("19"))).isEqualTo(1);
    assertThat(kpi3.levelOf(d("49.99"))).isEqualTo(4);
  }

  @Test
  void figureAboveLastThresholdIsLevelFive() {
    assertThat(kpi3.levelOf(d("1000"))).isEqualTo(5);
  }

  @Test
  void levelComparisonIgnoresScale() {
    assertThat(kpi3.levelOf(d("10.00"))).isEqualTo(1);
    assertThat(kpi3.levelOf(d("1E+1"))).isEqualTo(1);
  }

  @Test
  void gapToNextLevelIsDistanceToNextThreshold() {
    assertThat(kpi3.gapToNextLevel(d("9"))).isEqualByComparingTo("1");
    assertThat(kpi3.gapToNextLevel(d("0"))).isEqualByComparingTo("10");
    assertThat(kpi3.gapToNextLevel(d("10"))).isEqualByComparingTo("10");
    assertThat(kpi3.gapToNextLevel(d("47"))).isEqualByComparingTo("3");
  }

  @Test
  void gapToNextLevelIsNullAtLevelFive() {
    assertThat(kpi3.gapToNextLevel(d("50"))).isNull();
    assertThat(kpi3.gapToNextLevel(d("75"))).isNull();
  }

  @Test
  void gapToNextLevelNeverNegative() {
    LevelScale kpi2 = scale("0", "60", "65", "70", "75");
    assertThat(kpi2.gapToNextLevel(d("54"))).isEqualByComparingTo("6");
    assertThat(kpi2.gapToNextLevel(d("59.99"))).isEqualByComparingTo("0.01");
  }

  @Test
  void thresholdReturnsTheThresholdOfALevel() {
    assertThat(kpi3.threshold(1)).isEqualByComparingTo("10");
    assertThat(kpi3.threshold(5)).isEqualByComparingTo("50");
  }

  @Test
  void scaleNeedsExactlyFiveThresholds() {
    assertThatThrownBy(() -> scale("1", "2", "3", "4"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> scale("1", "2", "3", "4", "5", "6"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void scaleRefusesThresholdsThatDoNotRise() {
    assertThatThrownBy(() -> scale("1", "5", "5", "10", "15"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("increase");
    assertThatThrownBy(() -> scale("5", "4", "3", "2", "1"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void scaleRefusesMissingThreshold() {
    assertThatThrownBy(() -> LevelScale.of(Arrays.asList(d("1"), null, d("3"), d("4"), d("5"))))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("level 2");
  }

  @Test
  void scaleCopiesItsThresholds() {
    java.util.ArrayList<BigDecimal> list = new java.util.ArrayList<>(List.of(d("1"), d("2"), d("3"), d("4"), d("5")));
    LevelScale s = LevelScale.of(list);
    list.set(0, d("100"));
    assertThat(s.levelOf(d("1"))).isEqualTo(1);
  }

  @Test
  void percentageIsPartOverBaseTimesHundredTruncatedNeverRoundedUp() {
    assertThat(LevelScale.percentage(d("54"), d("100"))).isEqualByComparingTo("54");
    assertThat(LevelScale.percentage(d("1"), d("3"))).isEqualByComparingTo("33.333333");
    assertThat(LevelScale.percentage(d("2"), d("3"))).isEqualByComparingTo("66.666666");
    assertThat(LevelScale.percentage(d("11999"), d("20000"))).isEqualByComparingTo("59.995");
    assertThat(LevelScale.percentage(d("0"), d("7"))).isEqualByComparingTo("0");
  }

  @Test
  void percentageRefusesZeroNegativeOrMissingBase() {
    assertThatThrownBy(() -> LevelScale.percentage(d("1"), BigDecimal.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LevelScale.percentage(d("1"), d("-5")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LevelScale.percentage(d("1"), null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
