package th.go.cdd.performance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import th.go.cdd.performance.program.KpiDefinition;
import th.go.cdd.performance.program.KpiKind;
import th.go.cdd.performance.program.KpiLevel;
import th.go.cdd.performance.program.Program;
import th.go.cdd.performance.shared.BusinessException;

class KpiScoreTest {
  private static final Program PROGRAM = new Program("test-2564", "ทดสอบ", "test");

  private static final KpiDefinition KPI1 = kpi(1, KpiKind.STAGED, 1, 2, 3, 4, 5);
  private static final KpiDefinition KPI2 = kpi(2, KpiKind.PERCENTAGE, 0, 60, 65, 70, 75);
  private static final KpiDefinition KPI3 = kpi(3, KpiKind.COUNT, 10, 20, 30, 40, 50);
  private static final KpiDefinition KPI4 = kpi(4, KpiKind.COUNT, 1, 5, 10, 15, 20);
  private static final KpiDefinition KPI7 = freeForm(7);

  private static KpiDefinition kpi(int number, KpiKind kind, int... thresholds) {
    KpiDefinition k = new KpiDefinition(PROGRAM, number, kind, "area", "ตัวชี้วัด " + number, "KPI " + number);
    List<KpiLevel> levels = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      levels.add(new KpiLevel(i + 1, "ระดับ " + (i + 1), "level " + (i + 1), BigDecimal.valueOf(thresholds[i]), null));
    }
    k.defineLevels(levels);
    return k;
  }

  private static KpiDefinition freeForm(int number) {
    KpiDefinition k = new KpiDefinition(PROGRAM, number, KpiKind.FREE_FORM, "area", "งานอื่น", "other");
    List<KpiLevel> levels = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      levels.add(new KpiLevel(i + 1, "ระดับ " + (i + 1), null, null, null));
    }
    k.defineLevels(levels);
    return k;
  }

  private static BigDecimal d(String s) {
    return s == null ? null : new BigDecimal(s);
  }

  private static KpiScore score(KpiDefinition kpi, String figure, String base) {
    return KpiScore.of(kpi, d(figure), d(base), null);
  }

  private static String keyOf(Runnable r) {
    try {
      r.run();
    } catch (BusinessException e) {
      return e.getKey();
    }
    throw new AssertionError("expected a BusinessException");
  }

  // ---- KPI 2: percentage, thresholds 0/60/65/70/75 ----

  @Test
  void kpi2Below60PercentIsLevelOne() {
    KpiScore s = score(KPI2, "54", "100");
    assertThat(s.level()).isEqualTo(1);
    assertThat(s.value()).isEqualByComparingTo("54");
    assertThat(s.gapToNext()).isEqualByComparingTo("6");
  }

  @Test
  void kpi2At59Point99PercentIsStillLevelOne() {
    KpiScore s = score(KPI2, "5999", "10000");
    assertThat(s.level()).isEqualTo(1);
    assertThat(s.value()).isEqualByComparingTo("59.99");
    assertThat(s.gapToNext()).isEqualByComparingTo("0.01");
  }

  @Test
  void kpi2Between55And60PercentIsLevelOne() {
    assertThat(score(KPI2, "57", "100").level()).isEqualTo(1);
  }

  @Test
  void kpi2NoHouseholdHelpedIsLevelOneWithGapSixty() {
    KpiScore s = score(KPI2, "0", "250");
    assertThat(s.level()).isEqualTo(1);
    assertThat(s.gapToNext()).isEqualByComparingTo("60");
  }

  @Test
  void kpi2At60PercentIsLevelTwoWithGapFiveToLevelThree() {
    KpiScore s = score(KPI2, "60", "100");
    assertThat(s.level()).isEqualTo(2);
    assertThat(s.gapToNext()).isEqualByComparingTo("5");
  }

  @ParameterizedTest(name = "{0} of {1} households = level {2}")
  @CsvSource({"65,100,3", "69,100,3", "70,100,4", "3,4,5", "150,200,5"})
  void kpi2LevelsFollowThePercentageOfTheBase(String part, String base, int level) {
    assertThat(score(KPI2, part, base).level()).isEqualTo(level);
  }

  @Test
  void kpi2At75PercentIsLevelFiveWithNoGap() {
    KpiScore s = score(KPI2, "75", "100");
    assertThat(s.level()).isEqualTo(5);
    assertThat(s.value()).isEqualByComparingTo("75");
    assertThat(s.gapToNext()).isNull();
  }

  @Test
  void kpi2AllHouseholdsHelpedIs100PercentLevelFive() {
    KpiScore s = score(KPI2, "80", "80");
    assertThat(s.value()).isEqualByComparingTo("100");
    assertThat(s.level()).isEqualTo(5);
  }

  @Test
  void kpi2ValueIsThePercentageNotTheCount() {
    KpiScore s = score(KPI2, "120", "200");
    assertThat(s.value()).isEqualByComparingTo("60");
    assertThat(s.level()).isEqualTo(2);
  }

  /**
   * 11999 of 20000 is 59.995 %, below 60 %, so level 1 by the DOMAIN reading ("anything below
   * 60 % is level 1"). KpiScore rounds the percentage HALF_UP to 60.00 before comparing and
   * returns level 2. Enable once fixed.
   */
  @Test
  void kpi2JustBelow60PercentBeforeRoundingIsLevelOne() {
    assertThat(score(KPI2, "11999", "20000").level()).isEqualTo(1);
  }

  @Test
  void kpi2RefusesZeroBase() {
    assertThat(keyOf(() -> score(KPI2, "0", "0"))).isEqualTo("kpi.basePositive");
  }

  @Test
  void kpi2RefusesNegativeBase() {
    assertThat(keyOf(() -> score(KPI2, "5", "-10"))).isEqualTo("kpi.basePositive");
  }

  @Test
  void kpi2RefusesMissingBase() {
    assertThat(keyOf(() -> score(KPI2, "5", null))).isEqualTo("kpi.basePositive");
  }

  @Test
  void kpi2RefusesDecimalBase() {
    assertThat(keyOf(() -> score(KPI2, "5", "10.5"))).isEqualTo("kpi.wholeNumber");
  }

  @Test
  void kpi2RefusesTooLargeBase() {
    assertThat(keyOf(() -> score(KPI2, "5", "1000000001"))).isEqualTo("kpi.tooLarge");
  }

  @Test
  void kpi2RefusesHelpedMoreThanBase() {
    assertThat(keyOf(() -> score(KPI2, "101", "100"))).isEqualTo("kpi.partExceedsBase");
  }

  @Test
  void kpi2RefusesNegativeHelped() {
    assertThat(keyOf(() -> score(KPI2, "-1", "100"))).isEqualTo("kpi.negative");
  }

  // ---- KPI 4: count 1/5/10/15/20 ----

  @Test
  void kpi4NoneCoachedIsLevelZeroNotMet() {
    KpiScore s = score(KPI4, "0", null);
    assertThat(s.level()).isZero();
    assertThat(s.gapToNext()).isEqualByComparingTo("1");
  }

  @ParameterizedTest(name = "{0} coached = level 1")
  @ValueSource(strings = {"1", "2", "3", "4"})
  void kpi4OneToFourCoachedIsLevelOne(String figure) {
    assertThat(score(KPI4, figure, null).level()).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0} coached = level 2")
  @ValueSource(strings = {"5", "6", "7", "8", "9"})
  void kpi4FiveToNineCoachedIsLevelTwo(String figure) {
    assertThat(score(KPI4, figure, null).level()).isEqualTo(2);
  }

  @Test
  void kpi4FourCoachedLacksOneToLevelTwo() {
    assertThat(score(KPI4, "4", null).gapToNext()).isEqualByComparingTo("1");
  }

  @Test
  void kpi4TwentyCoachedIsLevelFive() {
    KpiScore s = score(KPI4, "20", null);
    assertThat(s.level()).isEqualTo(5);
    assertThat(s.gapToNext()).isNull();
  }

  @Test
  void countValueIsTheFigureItself() {
    assertThat(score(KPI4, "12", null).value()).isEqualByComparingTo("12");
  }

  // ---- KPI 3: count 10..50 ----

  @Test
  void kpi3NineProductsIsLevelZeroLackingOne() {
    KpiScore s = score(KPI3, "9", null);
    assertThat(s.level()).isZero();
    assertThat(s.gapToNext()).isEqualByComparingTo("1");
  }

  @Test
  void kpi3TenProductsIsLevelOne() {
    assertThat(score(KPI3, "10", null).level()).isEqualTo(1);
  }

  @Test
  void kpi3FiftyProductsIsLevelFive() {
    assertThat(score(KPI3, "50", null).level()).isEqualTo(5);
  }

  @Test
  void countRefusesDecimals() {
    assertThat(keyOf(() -> score(KPI3, "9.5", null))).isEqualTo("kpi.wholeNumber");
  }

  @Test
  void countAcceptsWholeNumberWrittenWithZeroDecimals() {
    assertThat(score(KPI3, "20.00", null).level()).isEqualTo(2);
  }

  @Test
  void countRefusesNegative() {
    assertThat(keyOf(() -> score(KPI3, "-1", null))).isEqualTo("kpi.negative");
  }

  @Test
  void countRefusesFigureAboveOneBillion() {
    assertThat(keyOf(() -> score(KPI3, "1000000001", null))).isEqualTo("kpi.tooLarge");
  }

  @Test
  void countAcceptsExactlyOneBillion() {
    assertThat(score(KPI3, "1000000000", null).level()).isEqualTo(5);
  }

  @Test
  void refusalCarriesTheKpiNumberAsArgument() {
    BusinessException e = org.junit.jupiter.api.Assertions.assertThrows(BusinessException.class,
        () -> score(KPI3, "-1", null));
    assertThat(e.getArgs()).containsExactly(3, new th.go.cdd.performance.shared.Label("field.figure.COUNT"));
    assertThat(((KpiRefused) e).getField()).isEqualTo(KpiField.FIGURE);
  }

  @Test
  void aFigureAboveTheKpisMaximumIsRefusedWithTheMaximumNamed() {
    KpiDefinition capped = kpi(3, KpiKind.COUNT, 10, 20, 30, 40, 50);
    capped.limit(1000L);
    assertThat(score(capped, "1000", null).level()).isEqualTo(5);
    BusinessException e = org.junit.jupiter.api.Assertions.assertThrows(BusinessException.class, () -> score(capped, "1001", null));
    assertThat(e.getKey()).isEqualTo("kpi.tooLarge");
    assertThat(e.getArgs()).containsExactly(3, new th.go.cdd.performance.shared.Label("field.figure.COUNT"), new BigDecimal("1000"));
  }

  @Test
  void aPercentageKpisMaximumBoundsItsBaseAndNamesTheBaseField() {
    KpiDefinition capped = kpi(2, KpiKind.PERCENTAGE, 0, 60, 65, 70, 75);
    capped.limit(100000L);
    assertThat(score(capped, "57", "100").level()).isEqualTo(1);
    KpiRefused e = org.junit.jupiter.api.Assertions.assertThrows(KpiRefused.class, () -> score(capped, "5", "100001"));
    assertThat(e.getField()).isEqualTo(KpiField.BASE);
    assertThat(e.getArgs()[1]).isEqualTo(new th.go.cdd.performance.shared.Label("field.base"));
  }

  // ---- STAGED: milestones 1..5 ----

  @Test
  void stagedNoMilestoneIsLevelZero() {
    assertThat(score(KPI1, "0", null).level()).isZero();
  }

  @Test
  void stagedMilestonesReachedIsTheLevel() {
    for (int m = 1; m <= 5; m++) {
      assertThat(score(KPI1, String.valueOf(m), null).level()).isEqualTo(m);
    }
    assertThat(score(KPI1, "3", null).gapToNext()).isEqualByComparingTo("1");
  }

  @Test
  void stagedRefusesSixMilestones() {
    assertThat(keyOf(() -> score(KPI1, "6", null))).isEqualTo("kpi.milestoneRange");
  }

  @Test
  void stagedRefusesHalfAMilestone() {
    assertThat(keyOf(() -> score(KPI1, "2.5", null))).isEqualTo("kpi.wholeNumber");
  }

  @Test
  void stagedRefusesNegativeMilestones() {
    assertThat(keyOf(() -> score(KPI1, "-1", null))).isEqualTo("kpi.negative");
  }

  // ---- no figure yet ----

  @Test
  void missingFigureGivesNoScore() {
    assertThat(score(KPI3, null, null)).isEqualTo(new KpiScore(null, null, null));
    assertThat(score(KPI2, null, "100")).isEqualTo(new KpiScore(null, null, null));
  }

  // ---- FREE_FORM: chosen level ----

  @ParameterizedTest(name = "chosen level {0} is kept")
  @ValueSource(ints = {0, 1, 2, 3, 4, 5})
  void freeFormKeepsTheChosenLevel(int level) {
    KpiScore s = KpiScore.of(KPI7, null, null, level);
    assertThat(s.level()).isEqualTo(level);
    assertThat(s.value()).isNull();
    assertThat(s.gapToNext()).isNull();
  }

  @Test
  void freeFormWithoutChosenLevelHasNoLevel() {
    assertThat(KpiScore.of(KPI7, null, null, null).level()).isNull();
  }

  @Test
  void freeFormIgnoresFigures() {
    assertThat(KpiScore.of(KPI7, d("-7.5"), d("0"), 3).level()).isEqualTo(3);
  }

  @ParameterizedTest(name = "chosen level {0} is refused")
  @ValueSource(ints = {-1, 6, 100})
  void freeFormRefusesLevelOutOfRange(int level) {
    assertThat(keyOf(() -> KpiScore.of(KPI7, null, null, level))).isEqualTo("kpi.levelRange");
  }

  @Test
  void computedKpiIgnoresChosenLevel() {
    assertThat(KpiScore.of(KPI3, d("9"), null, 5).level()).isZero();
  }

  @Test
  void definitionRefusesThresholdsThatDoNotRise() {
    assertThatThrownBy(() -> kpi(9, KpiKind.COUNT, 1, 5, 5, 15, 20)).isInstanceOf(IllegalArgumentException.class);
  }
}
