package th.go.cdd.performance.report;

import th.go.cdd.performance.program.KpiDefinition;
import th.go.cdd.performance.program.KpiKind;
import th.go.cdd.performance.program.LevelScale;

/**
 * How one KPI of a report is scored: its number, its kind and, unless the level is chosen, its
 * scale. A framework KPI gives its own; an assigned KPI 7–10 is a count when its supervisor gave
 * thresholds, else free-form.
 */
public record KpiMeasure(int number, KpiKind kind, LevelScale scale) {
  public static KpiMeasure of(KpiDefinition kpi) {
    return new KpiMeasure(kpi.getNumber(), kpi.getKind(), kpi.scale());
  }
}
