package th.go.cdd.performance.report;

import java.math.BigDecimal;
import th.go.cdd.performance.program.KpiDefinition;
import th.go.cdd.performance.program.KpiKind;
import th.go.cdd.performance.program.LevelScale;
import th.go.cdd.performance.shared.BusinessException;

/**
 * The level a KPI's figures reach, the value compared (a percentage for KPI 2) and the gap to the
 * next level. Pure: the form computes it live, the service again before saving.
 */
public record KpiScore(Integer level, BigDecimal value, BigDecimal gapToNext) {
  public static final BigDecimal MAX_FIGURE = new BigDecimal("1000000000");

  public static KpiScore of(KpiDefinition kpi, BigDecimal figure, BigDecimal base, Integer chosenLevel) {
    return of(KpiMeasure.of(kpi), figure, base, chosenLevel);
  }

  public static KpiScore of(KpiMeasure kpi, BigDecimal figure, BigDecimal base, Integer chosenLevel) {
    if (kpi.kind() == KpiKind.FREE_FORM) {
      if (chosenLevel != null && (chosenLevel < 0 || chosenLevel > 5)) {
        throw new BusinessException("kpi.levelRange", kpi.number());
      }
      return new KpiScore(chosenLevel, null, null);
    }
    if (figure == null) {
      return new KpiScore(null, null, null);
    }
    requireWholeNonNegative(kpi, figure);
    BigDecimal value = figure;
    switch (kpi.kind()) {
      case STAGED -> {
        if (figure.compareTo(BigDecimal.valueOf(5)) > 0) {
          throw new BusinessException("kpi.milestoneRange", kpi.number());
        }
      }
      case PERCENTAGE -> {
        if (base == null || base.signum() <= 0) {
          throw new BusinessException("kpi.basePositive", kpi.number());
        }
        requireWholeNonNegative(kpi, base);
        if (figure.compareTo(base) > 0) {
          throw new BusinessException("kpi.partExceedsBase", kpi.number());
        }
        value = LevelScale.percentage(figure, base);
      }
      default -> { }
    }
    LevelScale scale = kpi.scale();
    return new KpiScore(scale.levelOf(value), value, scale.gapToNextLevel(value));
  }

  private static void requireWholeNonNegative(KpiMeasure kpi, BigDecimal n) {
    if (n.signum() < 0) {
      throw new BusinessException("kpi.negative", kpi.number());
    }
    if (n.stripTrailingZeros().scale() > 0) {
      throw new BusinessException("kpi.wholeNumber", kpi.number());
    }
    if (n.compareTo(MAX_FIGURE) > 0) {
      throw new BusinessException("kpi.tooLarge", kpi.number());
    }
  }
}
