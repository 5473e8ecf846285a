package th.go.cdd.performance.monitoring;

import java.io.Serializable;
import java.math.BigDecimal;

/** One province's result for one KPI against its target (per-person target times the staff who reported). */
public record ProvinceKpiResult(String code, String nameTh, long reported, BigDecimal result, BigDecimal target) implements Serializable {
  public BigDecimal getPercent() {
    return KpiTotal.percent(result, target);
  }

  public String getCode() { return code; }
  public String getNameTh() { return nameTh; }
  public long getReported() { return reported; }
  public BigDecimal getResult() { return result; }
  public BigDecimal getTarget() { return target; }
}
