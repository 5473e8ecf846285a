package th.go.cdd.performance.report;

import th.go.cdd.performance.program.KpiKind;
import th.go.cdd.performance.shared.Label;

/** The input of a KPI on the form that a refusal is about, named as the form labels it. */
public enum KpiField {
  FIGURE,
  BASE,
  LEVEL;

  /** The field's name in the bundles: the figure is named for what it counts (milestones, a count, the helped part). */
  public Label label(KpiKind kind) {
    return new Label(switch (this) {
      case FIGURE -> "field.figure." + kind.name();
      case BASE -> "field.base";
      case LEVEL -> "field.level";
    });
  }
}
