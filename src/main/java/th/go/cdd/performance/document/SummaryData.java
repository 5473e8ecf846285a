package th.go.cdd.performance.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

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

  /** One KPI: its number and title, the rows "no. | target | result", the evidence names. */
  public record Kpi(int number, String title, List<Row> rows, List<String> evidence) {
    public Kpi {
      rows = List.copyOf(rows);
      evidence = List.copyOf(evidence);
    }
  }

  public record Row(String target, String result) {}

  /** A signature block: printed name, position, the date of the electronic signature (null: not yet signed). */
  public record Signer(String name, String position, LocalDate signedOn, String onBehalfOf) {}
}
