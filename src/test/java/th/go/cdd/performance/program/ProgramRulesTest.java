package th.go.cdd.performance.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgramRulesTest {
  static final LocalDate START = LocalDate.of(2025, 10, 1);

  static Program valid() {
    Program p = Program.draft("T", "ทดสอบ", "Test");
    Cohort c1 = p.addCohort(1, START, START.plusYears(1).minusDays(1));
    c1.include(new Province("50", "เชียงใหม่", "Chiang Mai"));
    Cohort c2 = p.addCohort(2, START.plusMonths(1), START.plusMonths(13).minusDays(1));
    c2.include(new Province("40", "ขอนแก่น", "Khon Kaen"));
    p.addRound(1, START, START.plusMonths(6).minusDays(1), START.plusMonths(6).plusDays(14));
    p.addRound(2, START.plusMonths(6), START.plusMonths(12).minusDays(1), START.plusMonths(12).plusDays(14));
    KpiDefinition k = new KpiDefinition(p, 1, KpiKind.COUNT, "ด้าน", "ตัวชี้วัด", "KPI");
    k.describe("ครั้ง", "ภาพถ่าย", BigDecimal.valueOf(100), 10);
    k.defineLevels(levels(1, 2, 3, 4, 5));
    p.addKpi(k);
    return p;
  }

  static List<KpiLevel> levels(int... thresholds) {
    return java.util.stream.IntStream.range(0, 5)
        .mapToObj(i -> new KpiLevel(i + 1, "ระดับ " + (i + 1), "Level " + (i + 1), BigDecimal.valueOf(thresholds[i]), null)).toList();
  }

  static List<String> keys(List<ProgramProblem> problems) {
    return problems.stream().map(ProgramProblem::key).toList();
  }

  @Test
  void aProgramInOrderIsReadyToStart() {
    assertThat(ProgramRules.readyToStart(valid())).isEmpty();
  }

  @Test
  void aContractMustStartBeforeItEnds() {
    assertThat(keys(ProgramRules.contract(1, START, START))).containsExactly("program.cohort.dates");
    assertThat(keys(ProgramRules.contract(1, START, null))).containsExactly("program.cohort.datesMissing");
  }

  @Test
  void aRoundEndsOnOrAfterItStartsAndIsDueOnOrAfterItEnds() {
    assertThat(ProgramRules.round(1, START, START, START)).isEmpty();
    assertThat(keys(ProgramRules.round(1, START, START.minusDays(1), START))).containsExactly("program.round.dates");
    assertThat(keys(ProgramRules.round(1, START, START.plusDays(5), START.plusDays(4)))).containsExactly("program.round.dates");
  }

  @Test
  void aRoundOutsideTheContractsYearIsRefused() {
    Program p = valid();
    p.getRounds().get(1).reschedule(START.plusMonths(6), START.plusMonths(14), START.plusMonths(14));
    assertThat(keys(ProgramRules.structure(p))).containsExactly("program.round.outsideContracts");
  }

  @Test
  void roundsMayNotOverlapOrRunOutOfOrder() {
    Program p = valid();
    p.getRounds().get(1).reschedule(START.plusMonths(5), START.plusMonths(12).minusDays(1), START.plusMonths(12));
    assertThat(keys(ProgramRules.structure(p))).containsExactly("program.round.overlap");
  }

  @Test
  void thresholdsMustRiseWithTheLevel() {
    assertThat(keys(ProgramRules.levels(1, KpiKind.COUNT, levels(1, 2, 2, 4, 5)))).containsExactly("program.kpi.thresholds");
    assertThat(ProgramRules.levels(1, KpiKind.FREE_FORM, levels(5, 4, 3, 2, 1))).isEmpty();
  }

  @Test
  void weightsMustAddUpToExactlyOneHundred() {
    assertThat(ProgramRules.weights(List.of(new BigDecimal("33.33"), new BigDecimal("33.33"), new BigDecimal("33.34")))).isEmpty();
    assertThat(ProgramRules.weights(List.of(new BigDecimal("50"), new BigDecimal("49.99"))))
        .containsExactly(ProgramProblem.of("program.weight.total", "99.99"));
  }

  @Test
  void equalWeightsAddUpToOneHundred() {
    assertThat(ProgramRules.equalWeights(6)).hasSize(6);
    assertThat(ProgramRules.total(ProgramRules.equalWeights(6))).isEqualByComparingTo("100");
    assertThat(ProgramRules.total(ProgramRules.equalWeights(7))).isEqualByComparingTo("100");
  }

  @Test
  void aProvinceInTwoCohortsIsRefused() {
    Program p = valid();
    p.getCohorts().get(1).include(new Province("50", "เชียงใหม่", "Chiang Mai"));
    assertThat(ProgramRules.structure(p)).containsExactly(ProgramProblem.of("program.province.twice", "เชียงใหม่", 1, 2));
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    Program p = valid();
    p.getRounds().get(0).reschedule(START, START.minusDays(1), START);
    p.getCohorts().get(1).include(new Province("50", "เชียงใหม่", "Chiang Mai"));
    p.getKpis().get(0).weigh(BigDecimal.TEN);
    assertThat(keys(ProgramRules.readyToStart(p)))
        .containsExactlyInAnyOrder("program.round.dates", "program.province.twice", "program.weight.total");
  }

  @Test
  void anEmptyProgramCannotStart() {
    assertThat(keys(ProgramRules.readyToStart(Program.draft("E", "ว่าง", null))))
        .contains("program.noCohort", "program.noRound", "program.noKpi");
  }

  @Test
  void provincesInNoCohortAreListedNotRefused() {
    Province bkk = new Province("11", "สมุทรปราการ", "Samut Prakan");
    assertThat(ProgramRules.withoutCohort(valid(), List.of(bkk, new Province("50", "เชียงใหม่", "Chiang Mai")))).containsExactly(bkk);
  }

  @Test
  void removingARoundNumbersTheLaterRoundsDown() {
    Program p = valid();
    p.addRound(3, START.plusMonths(12), START.plusMonths(12), START.plusMonths(12));
    p.removeRound(p.getRounds().get(1));
    assertThat(p.getRounds()).extracting(ReportingRound::getNumber).containsExactly(1, 2);
  }

  @Test
  void aProgramLoadedBeforeSetupExistedCountsAsStarted() {
    assertThat(new Program("OLD", "เก่า", "Old").isStarted()).isTrue();
    assertThat(Program.draft("NEW", "ใหม่", "New").isStarted()).isFalse();
  }

  @Test
  void aCountsMaximumIsPositiveAndLeavesLevelFiveReachable() {
    assertThat(ProgramRules.maximum(3, KpiKind.COUNT, 1000L, levels(10, 20, 30, 40, 50))).isEmpty();
    assertThat(ProgramRules.maximum(3, KpiKind.COUNT, null, levels(10, 20, 30, 40, 50))).as("none: the bound of every figure").isEmpty();
    assertThat(keys(ProgramRules.maximum(3, KpiKind.COUNT, 49L, levels(10, 20, 30, 40, 50)))).containsExactly("program.kpi.maximumBelowTop");
    assertThat(keys(ProgramRules.maximum(2, KpiKind.PERCENTAGE, 0L, levels(0, 60, 65, 70, 75)))).containsExactly("program.kpi.maximumPositive");
  }
}
