package th.go.cdd.performance.program;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** One of the five success levels of a KPI: what it means, the figure that reaches it, its evidence. */
@Embeddable
public class KpiLevel implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  private int level;

  @Column(length = 1000)
  private String descriptionTh;

  @Column(length = 1000)
  private String descriptionEn;

  /** The smallest figure that reaches this level (null for free-form KPIs). */
  @Column(precision = 12, scale = 2)
  private BigDecimal threshold;

  @Column(length = 1000)
  private String evidenceTh;

  protected KpiLevel() {}

  public KpiLevel(int level, String descriptionTh, String descriptionEn, BigDecimal threshold, String evidenceTh) {
    if (level < 1 || level > 5) {
      throw new IllegalArgumentException("level must be 1..5");
    }
    this.level = level;
    this.descriptionTh = descriptionTh;
    this.descriptionEn = descriptionEn;
    this.threshold = threshold;
    this.evidenceTh = evidenceTh;
  }

  public int getLevel() {
    return level;
  }

  public String getDescriptionTh() {
    return descriptionTh;
  }

  public String getDescriptionEn() {
    return descriptionEn;
  }

  public BigDecimal getThreshold() {
    return threshold;
  }

  public String getEvidenceTh() {
    return evidenceTh;
  }
}
