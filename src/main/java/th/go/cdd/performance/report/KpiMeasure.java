package th.go.cdd.performance.report;

import java.math.BigDecimal;
import th.go.cdd.performance.program.KpiDefinition;
import th.go.cdd.performance.program.KpiKind;
import th.go.cdd.performance.program.LevelScale;

/**
 * How one KPI of a report is scored: its number, its kind, unless the level is chosen its scale,
 * and the largest figure a report may give (the base, for a percentage). A framework KPI gives its
 * own; an assigned KPI 7–10 is a count when its supervisor gave thresholds, else free-form, and has
 * no maximum of its own.
 */
public record KpiMeasure(int number, KpiKind kind, LevelScale scale, BigDecimal maximum) {
  public KpiMeasure(int number, KpiKind kind, LevelScale scale) {
    this(number, kind, scale, null);
  }

  public static KpiMeasure of(KpiDefinition kpi) {
    return new KpiMeasure(kpi.getNumber(), kpi.getKind(), kpi.scale(), kpi.getMaximum() == null ? null : BigDecimal.valueOf(kpi.getMaximum()));
  }

  /** The maximum that applies: the KPI's own, else the one every figure has (the column's size). */
  public BigDecimal effectiveMaximum() {
    if (kind == KpiKind.STAGED) {
      return BigDecimal.valueOf(5);
    }
    return maximum == null ? KpiScore.MAX_FIGURE : maximum.min(KpiScore.MAX_FIGURE);
  }
}
