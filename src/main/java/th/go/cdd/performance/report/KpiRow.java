package th.go.cdd.performance.report;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One row "no. | target | result" of a KPI's table on the form. */
@Embeddable
public class KpiRow implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  @Column(length = 2000)
  private String target;

  @Column(length = 2000)
  private String result;

  protected KpiRow() {}

  public KpiRow(String target, String result) {
    this.target = target;
    this.result = result;
  }

  public String getTarget() {
    return target;
  }

  public String getResult() {
    return result;
  }
}
