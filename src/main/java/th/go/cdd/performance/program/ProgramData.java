package th.go.cdd.performance.program;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The shape of a program data file (JSON): what a circular announces, as data. */
public record ProgramData(
    String code, String nameTh, String nameEn, Circular circular, Orientation orientation,
    List<CohortData> cohorts, List<RoundData> rounds, List<KpiData> kpis) {

  public record Circular(String number, LocalDate date, String subject, String issuer) {}

  public record Orientation(LocalDate date, String link) {}

  public record CohortData(int number, LocalDate contractStart, LocalDate contractEnd) {}

  public record RoundData(int number, LocalDate start, LocalDate end, LocalDate due) {}

  public record KpiData(int number, KpiKind kind, String areaTh, String titleTh, String titleEn, String unitTh,
      String evidenceTh, BigDecimal weight, Integer nationalTarget, Long maximum, List<LevelData> levels) {}

  public record LevelData(int level, BigDecimal threshold, String th, String en, String evidenceTh) {}

  /** The same program with every date moved by some days, under another code (the demo's copy). */
  public ProgramData shiftedBy(long days, String newCode, String nameSuffix) {
    return new ProgramData(newCode, nameTh + nameSuffix, nameEn + nameSuffix,
        new Circular(circular.number(), circular.date().plusDays(days), circular.subject(), circular.issuer()),
        new Orientation(orientation.date().plusDays(days), orientation.link()),
        cohorts.stream().map(c -> new CohortData(c.number(), c.contractStart().plusDays(days), c.contractEnd().plusDays(days))).toList(),
        rounds.stream().map(r -> new RoundData(r.number(), r.start().plusDays(days), r.end().plusDays(days), r.due().plusDays(days))).toList(),
        kpis);
  }
}
