package th.go.cdd.performance.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgramDataTest {

  static ProgramData sample() {
    List<ProgramData.LevelData> levels = List.of(
        new ProgramData.LevelData(1, BigDecimal.valueOf(10), "๑", "1", null),
        new ProgramData.LevelData(2, BigDecimal.valueOf(20), "๒", "2", null),
        new ProgramData.LevelData(3, BigDecimal.valueOf(30), "๓", "3", null),
        new ProgramData.LevelData(4, BigDecimal.valueOf(40), "๔", "4", null),
        new ProgramData.LevelData(5, BigDecimal.valueOf(50), "๕", "5", null));
    return new ProgramData("cdd-temp-staff-2564", "โครงการ", "Program",
        new ProgramData.Circular("มท ๐๔๐๒.๒/ว ๒๕๗๓", LocalDate.of(2021, 9, 10), "subject", "issuer"),
        new ProgramData.Orientation(LocalDate.of(2021, 9, 15), "Zoom Cloud Meeting"),
        List.of(new ProgramData.CohortData(1, LocalDate.of(2021, 9, 1), LocalDate.of(2022, 8, 31)),
            new ProgramData.CohortData(2, LocalDate.of(2021, 10, 1), LocalDate.of(2022, 9, 30))),
        List.of(new ProgramData.RoundData(1, LocalDate.of(2021, 9, 1), LocalDate.of(2021, 11, 15), LocalDate.of(2021, 11, 15)),
            new ProgramData.RoundData(2, LocalDate.of(2021, 11, 16), LocalDate.of(2022, 2, 15), LocalDate.of(2022, 2, 15))),
        List.of(new ProgramData.KpiData(3, KpiKind.COUNT, "area", "สินค้า", "products", "ชิ้น", null, null, 15200, null, levels)));
  }

  @Test
  void shiftedByMovesEveryDateByTheDays() {
    ProgramData p = sample();
    ProgramData s = p.shiftedBy(100, "demo", " (demo)");
    assertThat(s.circular().date()).isEqualTo(p.circular().date().plusDays(100));
    assertThat(s.orientation().date()).isEqualTo(LocalDate.of(2021, 12, 24));
    for (int i = 0; i < p.cohorts().size(); i++) {
      assertThat(s.cohorts().get(i).contractStart()).isEqualTo(p.cohorts().get(i).contractStart().plusDays(100));
      assertThat(s.cohorts().get(i).contractEnd()).isEqualTo(p.cohorts().get(i).contractEnd().plusDays(100));
    }
    for (int i = 0; i < p.rounds().size(); i++) {
      assertThat(s.rounds().get(i).start()).isEqualTo(p.rounds().get(i).start().plusDays(100));
      assertThat(s.rounds().get(i).end()).isEqualTo(p.rounds().get(i).end().plusDays(100));
      assertThat(s.rounds().get(i).due()).isEqualTo(p.rounds().get(i).due().plusDays(100));
    }
  }

  @Test
  void shiftedByCrossesYearEnd() {
    assertThat(sample().shiftedBy(60, "demo", "").rounds().get(0).due()).isEqualTo(LocalDate.of(2022, 1, 14));
  }

  @Test
  void shiftedByCountsTheLeapDay() {
    // round 2 ends 15 Feb 2022; 745 days later crosses 29 Feb 2024
    assertThat(sample().shiftedBy(745, "demo", "").rounds().get(1).end()).isEqualTo(LocalDate.of(2024, 3, 1));
  }

  @Test
  void shiftedByBackwardsMovesDatesEarlier() {
    ProgramData s = sample().shiftedBy(-1, "demo", "");
    assertThat(s.rounds().get(0).start()).isEqualTo(LocalDate.of(2021, 8, 31));
    assertThat(s.cohorts().get(1).contractStart()).isEqualTo(LocalDate.of(2021, 9, 30));
  }

  @Test
  void shiftedByZeroKeepsTheDates() {
    ProgramData p = sample();
    ProgramData s = p.shiftedBy(0, p.code(), "");
    assertThat(s).isEqualTo(p);
  }

  @Test
  void shiftedByRenamesAndKeepsEverythingElse() {
    ProgramData p = sample();
    ProgramData s = p.shiftedBy(30, "demo-2564", " (สาธิต / demo)");
    assertThat(s.code()).isEqualTo("demo-2564");
    assertThat(s.nameTh()).isEqualTo("โครงการ (สาธิต / demo)");
    assertThat(s.nameEn()).isEqualTo("Program (สาธิต / demo)");
    assertThat(s.circular().number()).isEqualTo(p.circular().number());
    assertThat(s.circular().subject()).isEqualTo(p.circular().subject());
    assertThat(s.circular().issuer()).isEqualTo(p.circular().issuer());
    assertThat(s.orientation().link()).isEqualTo(p.orientation().link());
    assertThat(s.cohorts()).extracting(ProgramData.CohortData::number).containsExactly(1, 2);
    assertThat(s.rounds()).extracting(ProgramData.RoundData::number).containsExactly(1, 2);
    assertThat(s.kpis()).isEqualTo(p.kpis());
  }

  @Test
  void shiftedByLeavesTheOriginalUnchanged() {
    ProgramData p = sample();
    p.shiftedBy(100, "demo", "");
    assertThat(p).isEqualTo(sample());
  }
}
