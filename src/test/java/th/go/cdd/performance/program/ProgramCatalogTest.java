package th.go.cdd.performance.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgramCatalogTest {
  private static final String FILE = "programs/cdd-temp-staff-2564.json";

  private static ProgramData.KpiData kpi(int number, BigDecimal weight) {
    return new ProgramData.KpiData(number, KpiKind.COUNT, "area", "ตัวชี้วัด", "kpi", null, null, weight, null, null, List.of());
  }

  private static List<ProgramData.KpiData> kpis(int n, BigDecimal weight) {
    List<ProgramData.KpiData> list = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      list.add(kpi(i, weight));
    }
    return list;
  }

  private static BigDecimal sum(List<BigDecimal> w) {
    return w.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  // ---- weights ----

  @Test
  void sevenBlankWeightsAreSixOf1428AndOneOf1432() {
    List<BigDecimal> w = ProgramCatalog.weights(kpis(7, null));
    assertThat(w).hasSize(7);
    assertThat(w.subList(0, 6)).allSatisfy(x -> assertThat(x).isEqualByComparingTo("14.28"));
    assertThat(w.get(6)).isEqualByComparingTo("14.32");
  }

  @Test
  void sevenBlankWeightsAddUpToExactly100() {
    assertThat(sum(ProgramCatalog.weights(kpis(7, null)))).isEqualByComparingTo("100");
  }

  @Test
  void blankWeightsAlwaysAddUpTo100() {
    for (int n = 1; n <= 12; n++) {
      List<BigDecimal> w = ProgramCatalog.weights(kpis(n, null));
      assertThat(w).as("%d KPIs", n).hasSize(n);
      assertThat(sum(w)).as("%d KPIs", n).isEqualByComparingTo("100");
      assertThat(w).as("%d KPIs", n).allSatisfy(x -> assertThat(x.scale()).isLessThanOrEqualTo(2));
    }
  }

  @Test
  void fourBlankWeightsAreEqualQuarters() {
    assertThat(ProgramCatalog.weights(kpis(4, null)))
        .allSatisfy(x -> assertThat(x).isEqualByComparingTo("25"));
  }

  @Test
  void givenWeightsAreKept() {
    List<ProgramData.KpiData> list = List.of(
        kpi(1, new BigDecimal("30")), kpi(2, new BigDecimal("20")), kpi(3, new BigDecimal("50")));
    assertThat(ProgramCatalog.weights(list))
        .containsExactly(new BigDecimal("30"), new BigDecimal("20"), new BigDecimal("50"));
  }

  // ---- read ----

  @Test
  void readOfMissingFileFailsNamingIt() {
    assertThatThrownBy(() -> ProgramCatalog.read("programs/no-such-program.json"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("programs/no-such-program.json");
  }

  private static ProgramData program2564() {
    return ProgramCatalog.read(FILE);
  }

  @Test
  void programFileHasFourRoundsWithTheCircularDates() {
    ProgramData p = program2564();
    assertThat(p.rounds()).containsExactly(
        new ProgramData.RoundData(1, LocalDate.of(2021, 9, 1), LocalDate.of(2021, 11, 15), LocalDate.of(2021, 11, 15)),
        new ProgramData.RoundData(2, LocalDate.of(2021, 11, 16), LocalDate.of(2022, 2, 15), LocalDate.of(2022, 2, 15)),
        new ProgramData.RoundData(3, LocalDate.of(2022, 2, 16), LocalDate.of(2022, 5, 17), LocalDate.of(2022, 5, 17)),
        new ProgramData.RoundData(4, LocalDate.of(2022, 5, 18), LocalDate.of(2022, 8, 15), LocalDate.of(2022, 8, 15)));
  }

  @Test
  void everyCountedKpiOfTheProgramFileHasAMaximumAboveItsLevelFiveAndBelowItsNationalTotal() {
    for (ProgramData.KpiData k : program2564().kpis()) {
      if (k.kind() == KpiKind.COUNT) {
        assertThat(k.maximum()).as("KPI " + k.number()).isNotNull().isGreaterThanOrEqualTo(k.levels().get(4).threshold().longValue());
        assertThat(k.maximum()).as("one report cannot pass the national total").isLessThan(k.nationalTarget().longValue());
      }
    }
    assertThat(program2564().kpis().get(1).maximum()).as("KPI 2: the largest base").isEqualTo(100_000L);
  }

  @Test
  void programFileHasTwoCohortContracts() {
    ProgramData p = program2564();
    assertThat(p.cohorts()).containsExactly(
        new ProgramData.CohortData(1, LocalDate.of(2021, 9, 1), LocalDate.of(2022, 8, 31)),
        new ProgramData.CohortData(2, LocalDate.of(2021, 10, 1), LocalDate.of(2022, 9, 30)));
  }

  @Test
  void programFileHasTheCircularAndOrientation() {
    ProgramData p = program2564();
    assertThat(p.code()).isEqualTo("cdd-temp-staff-2564");
    assertThat(p.circular().date()).isEqualTo(LocalDate.of(2021, 9, 10));
    assertThat(p.orientation().date()).isEqualTo(LocalDate.of(2021, 9, 15));
  }

  @Test
  void programFileHasSevenKpisOfTheRightKinds() {
    ProgramData p = program2564();
    assertThat(p.kpis()).extracting(ProgramData.KpiData::number).containsExactly(1, 2, 3, 4, 5, 6, 7);
    assertThat(p.kpis()).extracting(ProgramData.KpiData::kind).containsExactly(
        KpiKind.STAGED, KpiKind.PERCENTAGE, KpiKind.COUNT, KpiKind.COUNT, KpiKind.STAGED, KpiKind.COUNT, KpiKind.FREE_FORM);
  }

  @Test
  void programFileKpi2ThresholdsAre0To75() {
    ProgramData.KpiData kpi2 = program2564().kpis().get(1);
    assertThat(kpi2.levels()).extracting(ProgramData.LevelData::threshold)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("0"), new BigDecimal("60"), new BigDecimal("65"), new BigDecimal("70"), new BigDecimal("75"));
  }

  @Test
  void programFileCountThresholdsFollowTheReadings() {
    ProgramData p = program2564();
    assertThat(p.kpis().get(2).levels()).extracting(ProgramData.LevelData::threshold)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(BigDecimal.valueOf(10), BigDecimal.valueOf(20), BigDecimal.valueOf(30), BigDecimal.valueOf(40), BigDecimal.valueOf(50));
    assertThat(p.kpis().get(3).levels()).extracting(ProgramData.LevelData::threshold)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(BigDecimal.valueOf(1), BigDecimal.valueOf(5), BigDecimal.valueOf(10), BigDecimal.valueOf(15), BigDecimal.valueOf(20));
  }

  @Test
  void programFileNationalTargets() {
    ProgramData p = program2564();
    assertThat(p.kpis()).extracting(ProgramData.KpiData::nationalTarget)
        .containsExactly(152, null, 15200, 6080, 304, 1520, null);
  }

  @Test
  void programFileLeavesWeightsBlankSoTheyAreEqual() {
    ProgramData p = program2564();
    assertThat(p.kpis()).extracting(ProgramData.KpiData::weight).containsOnlyNulls();
    assertThat(sum(ProgramCatalog.weights(p.kpis()))).isEqualByComparingTo("100");
  }

  @Test
  void programFileLevelsBuildValidDefinitions() {
    ProgramData p = program2564();
    Program program = new Program(p.code(), p.nameTh(), p.nameEn());
    for (ProgramData.KpiData k : p.kpis()) {
      KpiDefinition kpi = new KpiDefinition(program, k.number(), k.kind(), k.areaTh(), k.titleTh(), k.titleEn());
      kpi.defineLevels(k.levels().stream()
          .map(l -> new KpiLevel(l.level(), l.th(), l.en(), l.threshold(), l.evidenceTh())).toList());
      assertThat(kpi.getLevels()).hasSize(5);
    }
  }
}
