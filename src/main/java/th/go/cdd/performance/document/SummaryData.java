package th.go.cdd.performance.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import th.go.cdd.performance.program.KpiKind;

/**
 * What the printed summary shows, already read from the report: the header, each KPI's rows and
 * evidence, and the three signature blocks. Signature dates are null until that step is signed.
 */
public record SummaryData(int round, LocalDate periodStart, LocalDate periodEnd, String staffName, String position, String group,
    String province, List<Kpi> kpis, Signer staff, Signer director, Signer officer, String verificationCode, String verificationUrl) {

  public SummaryData {
    Objects.requireNonNull(staffName);
    kpis = List.copyOf(kpis);
  }

  /**
   * One KPI: its number and title, the figures and level that were signed, the rows "no. | target
   * | result", the evidence names.
   */
  public record Kpi(int number, String title, Result result, List<Row> rows, List<String> evidence) {
    public Kpi {
      Objects.requireNonNull(result);
      rows = List.copyOf(rows);
      evidence = List.copyOf(evidence);
    }
  }

  /**
   * What a KPI came to, as stored and signed: the figure with its unit, the base and percentage of
   * a percentage KPI, the year-to-date sum of a count KPI, and the level with its words. Figures are
   * null when not reported; yearToDate is null for KPIs that have none.
   */
  public record Result(KpiKind kind, BigDecimal figure, BigDecimal base, BigDecimal percent, BigDecimal yearToDate, String unit,
      Integer level, String levelWords) {
    public Result {
      Objects.requireNonNull(kind);
    }
  }

  public record Row(String target, String result) {}

  /** A signature block: printed name, position, the date of the electronic signature (null: not yet signed). */
  public record Signer(String name, String position, LocalDate signedOn, String onBehalfOf) {}
}
