package th.go.cdd.performance.program;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import th.go.cdd.performance.shared.BaseEntity;

/** A KPI of the program's framework with its five levels, weight and national target. */
@Entity
@Table(name = "kpi_definition")
public class KpiDefinition extends BaseEntity {
  @ManyToOne(optional = false)
  private Program program;

  private int number;

  @Column(length = 1000)
  private String areaTh;

  @Column(length = 1000)
  private String titleTh;

  @Column(length = 1000)
  private String titleEn;

  @Enumerated(EnumType.STRING)
  private KpiKind kind;

  private String unitTh;

  @Column(length = 1000)
  private String evidenceExpectedTh;

  @Column(precision = 6, scale = 2)
  private BigDecimal weight;

  private Integer nationalTarget;

  /**
   * The largest figure one report may give (for a percentage, the largest base), kept beside the
   * thresholds so that an administrator can correct it; null leaves only the bound every figure has.
   */
  @Column(name = "max_figure")
  private Long maximum;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "kpi_level")
  @OrderColumn(name = "position")
  private List<KpiLevel> levels = new ArrayList<>();

  protected KpiDefinition() {}

  public KpiDefinition(Program program, int number, KpiKind kind, String areaTh, String titleTh, String titleEn) {
    this.program = Objects.requireNonNull(program);
    this.number = number;
    this.kind = Objects.requireNonNull(kind);
    this.areaTh = areaTh;
    this.titleTh = Objects.requireNonNull(titleTh);
    this.titleEn = titleEn;
  }

  /** What the KPI is: its area, titles and kind (free-form KPIs have no thresholds). */
  public void revise(KpiKind kind, String areaTh, String titleTh, String titleEn) {
    this.kind = Objects.requireNonNull(kind);
    this.areaTh = areaTh;
    this.titleTh = Objects.requireNonNull(titleTh);
    this.titleEn = titleEn;
  }

  public void weigh(BigDecimal weight) {
    this.weight = weight;
  }

  public void describe(String unitTh, String evidenceExpectedTh, BigDecimal weight, Integer nationalTarget) {
    this.unitTh = unitTh;
    this.evidenceExpectedTh = evidenceExpectedTh;
    this.weight = weight;
    this.nationalTarget = nationalTarget;
  }

  /** Sets the largest figure one report may give; it must be positive. */
  public void limit(Long maximum) {
    if (maximum != null && maximum <= 0) {
      throw new IllegalArgumentException("the maximum must be positive");
    }
    this.maximum = maximum;
  }

  /** Replaces the levels; thresholds must rise with the level (checked by {@link LevelScale}). */
  public void defineLevels(List<KpiLevel> newLevels) {
    if (newLevels.size() != 5) {
      throw new IllegalArgumentException("a KPI has exactly five levels");
    }
    if (kind != KpiKind.FREE_FORM) {
      LevelScale.of(newLevels.stream().map(KpiLevel::getThreshold).toList());
    }
    levels.clear();
    levels.addAll(newLevels);
  }

  /** The scale that turns this KPI's figures into a level; null for free-form KPIs. */
  public LevelScale scale() {
    return kind == KpiKind.FREE_FORM ? null : LevelScale.of(levels.stream().map(KpiLevel::getThreshold).toList());
  }

  public Program getProgram() {
    return program;
  }

  public int getNumber() {
    return number;
  }

  public String getAreaTh() {
    return areaTh;
  }

  public String getTitleTh() {
    return titleTh;
  }

  public String getTitleEn() {
    return titleEn;
  }

  public KpiKind getKind() {
    return kind;
  }

  public String getUnitTh() {
    return unitTh;
  }

  public String getEvidenceExpectedTh() {
    return evidenceExpectedTh;
  }

  public BigDecimal getWeight() {
    return weight;
  }

  public Integer getNationalTarget() {
    return nationalTarget;
  }

  public Long getMaximum() {
    return maximum;
  }

  public List<KpiLevel> getLevels() {
    return levels;
  }
}
