package th.go.cdd.performance.program;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * Five ascending thresholds: a figure at or above threshold n reaches level n; below the first it
 * is level 0 ("not met"). Pure, so the report form can show the level live and tests need no
 * container.
 */
public final class LevelScale {
  private final List<BigDecimal> thresholds;

  private LevelScale(List<BigDecimal> thresholds) {
    this.thresholds = thresholds;
  }

  public static LevelScale of(List<BigDecimal> thresholds) {
    if (thresholds.size() != 5) {
      throw new IllegalArgumentException("five thresholds expected");
    }
    for (int i = 0; i < 5; i++) {
      Objects.requireNonNull(thresholds.get(i), "threshold of level " + (i + 1));
      if (i > 0 && thresholds.get(i).compareTo(thresholds.get(i - 1)) <= 0) {
        throw new IllegalArgumentException("thresholds must increase with the level");
      }
    }
    return new LevelScale(List.copyOf(thresholds));
  }

  /** The level 0..5 that the figure reaches. */
  public int levelOf(BigDecimal figure) {
    int level = 0;
    for (int i = 0; i < 5; i++) {
      if (figure.compareTo(thresholds.get(i)) >= 0) {
        level = i + 1;
      }
    }
    return level;
  }

  /** How much the figure lacks to reach the next level, or null at level 5. */
  public BigDecimal gapToNextLevel(BigDecimal figure) {
    int level = levelOf(figure);
    if (level == 5) {
      return null;
    }
    return thresholds.get(level).subtract(figure).max(BigDecimal.ZERO);
  }

  public BigDecimal threshold(int level) {
    return thresholds.get(level - 1);
  }

  /**
   * helped ÷ base × 100, truncated (never rounded up) to six decimals, so that 59.995 % stays
   * below a 60 % threshold; the base must be positive.
   */
  public static BigDecimal percentage(BigDecimal part, BigDecimal base) {
    if (base == null || base.signum() <= 0) {
      throw new IllegalArgumentException("base must be positive");
    }
    return part.multiply(BigDecimal.valueOf(100)).divide(base, 6, RoundingMode.DOWN).stripTrailingZeros();
  }
}
