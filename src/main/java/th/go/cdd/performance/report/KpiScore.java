package th.go.cdd.performance.report;

import java.math.BigDecimal;
import th.go.cdd.performance.program.KpiDefinition;
import th.go.cdd.performance.program.KpiKind;
import th.go.cdd.performance.program.LevelScale;

/**
 * The level a KPI's figures reach, the value compared (a percentage for KPI 2) and the gap to the
 * next level. Pure: the form computes it live, the service again before saving. A refusal names the
 * KPI and the field it is about ({@link KpiRefused}).
 */
public record KpiScore(Integer level, BigDecimal value, BigDecimal gapToNext) implements java.io.Serializable {
  /** The bound of every figure, whatever the KPI's own maximum: what the column holds with room to spare. */
  public static final BigDecimal MAX_FIGURE = new BigDecimal("1000000000");

  public static KpiScore of(KpiDefinition kpi, BigDecimal figure, BigDecimal base, Integer chosenLevel) {
    return of(KpiMeasure.of(kpi), figure, base, chosenLevel);
  }

  public static KpiScore of(KpiMeasure kpi, BigDecimal figure, BigDecimal base, Integer chosenLevel) {
    if (kpi.kind() == KpiKind.FREE_FORM) {
      if (chosenLevel != null && (chosenLevel < 0 || chosenLevel > 5)) {
        throw refused("kpi.levelRange", kpi, KpiField.LEVEL);
      }
      return new KpiScore(chosenLevel, null, null);
    }
    if (figure == null) {
      return new KpiScore(null, null, null);
    }
    requireWholeNonNegative(kpi, KpiField.FIGURE, figure);
    BigDecimal value = figure;
    switch (kpi.kind()) {
      case STAGED -> {
        if (figure.compareTo(BigDecimal.valueOf(5)) > 0) {
          throw refused("kpi.milestoneRange", kpi, KpiField.FIGURE);
        }
      }
      case PERCENTAGE -> {
        if (base == null || base.signum() <= 0) {
          throw refused("kpi.basePositive", kpi, KpiField.BASE);
        }
        requireWholeNonNegative(kpi, KpiField.BASE, base);
        requireAtMostMaximum(kpi, KpiField.BASE, base);
        if (figure.compareTo(base) > 0) {
          throw refused("kpi.partExceedsBase", kpi, KpiField.FIGURE);
        }
        value = LevelScale.percentage(figure, base);
      }
      default -> requireAtMostMaximum(kpi, KpiField.FIGURE, figure);
    }
    LevelScale scale = kpi.scale();
    return new KpiScore(scale.levelOf(value), value, scale.gapToNextLevel(value));
  }

  private static void requireWholeNonNegative(KpiMeasure kpi, KpiField field, BigDecimal n) {
    if (n.signum() < 0) {
      throw refused("kpi.negative", kpi, field);
    }
    if (n.stripTrailingZeros().scale() > 0) {
      throw refused("kpi.wholeNumber", kpi, field);
    }
    if (n.compareTo(MAX_FIGURE) > 0) { // before anything else reads the number: 1e30 is refused, never compared at length
      throw refused("kpi.tooLarge", kpi, field, kpi.effectiveMaximum());
    }
  }

  /** The KPI's own maximum (the base's, for a percentage): one report must not outweigh a national roll-up. */
  private static void requireAtMostMaximum(KpiMeasure kpi, KpiField field, BigDecimal n) {
    BigDecimal max = kpi.effectiveMaximum();
    if (n.compareTo(max) > 0) {
      throw refused("kpi.tooLarge", kpi, field, max);
    }
  }

  private static KpiRefused refused(String key, KpiMeasure kpi, KpiField field, Object... more) {
    return new KpiRefused(key, kpi.number(), kpi.kind(), field, more);
  }
}
