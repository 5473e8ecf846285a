package th.go.cdd.performance.monitoring;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import th.go.cdd.performance.program.KpiKind;

/**
 * One KPI summed over the reports in scope. {@code result} is the sum of the figures for counts,
 * the share helped (sum of figures over sum of bases, in percent) for percentages, and the
 * reports that reached level 5 for milestone KPIs. {@code headcountTarget} is the per-person
 * target (level 5's threshold, or 1 milestone ladder) times the staff who reported; {@code
 * nationalTotal} is the program's stated national total for the year, if any.
 */
public record KpiTotal(int number, String titleTh, String titleEn, KpiKind kind, String unitTh, long reported,
    BigDecimal result, BigDecimal headcountTarget, Integer nationalTotal, long[] levels) implements Serializable {

  /** Percent of the national total reached, or null when the program states none. */
  public BigDecimal getNationalPercent() {
    return percent(result, nationalTotal == null ? null : BigDecimal.valueOf(nationalTotal));
  }

  /** Percent of the headcount target reached, or null without one. */
  public BigDecimal getTargetPercent() {
    return percent(result, headcountTarget);
  }

  static BigDecimal percent(BigDecimal part, BigDecimal whole) {
    if (part == null || whole == null || whole.signum() == 0) {
      return null;
    }
    return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
  }

  public int getNumber() { return number; }
  public String getTitleTh() { return titleTh; }
  public String getTitleEn() { return titleEn; }
  public KpiKind getKind() { return kind; }
  public String getUnitTh() { return unitTh; }
  public long getReported() { return reported; }
  public BigDecimal getResult() { return result; }
  public BigDecimal getHeadcountTarget() { return headcountTarget; }
  public Integer getNationalTotal() { return nationalTotal; }
  public long[] getLevels() { return levels; }
}
