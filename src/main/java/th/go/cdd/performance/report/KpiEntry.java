package th.go.cdd.performance.report;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import th.go.cdd.performance.program.KpiDefinition;
import th.go.cdd.performance.shared.BaseEntity;

/** What a staff member reports for one KPI in one round. */
@Entity
@Table(name = "kpi_entry", indexes = @Index(name = "kpi_entry_report", columnList = "REPORT_ID"))
public class KpiEntry extends BaseEntity {
  @ManyToOne(optional = false)
  private Report report;

  @ManyToOne(optional = false)
  private KpiDefinition kpi;

  /** Milestones reached, count, or the helped part of a percentage. */
  @Column(precision = 14, scale = 2)
  private BigDecimal figure;

  /** The base of a percentage (e.g. target poor households); null for other kinds. */
  @Column(precision = 14, scale = 2)
  private BigDecimal base;

  /** The level 0..5: computed from the figures, or chosen for free-form KPIs. */
  private Integer level;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "kpi_entry_row")
  @OrderColumn(name = "position")
  private List<KpiRow> rows = new ArrayList<>();

  protected KpiEntry() {}

  KpiEntry(Report report, KpiDefinition kpi) {
    this.report = Objects.requireNonNull(report);
    this.kpi = Objects.requireNonNull(kpi);
  }

  void record(BigDecimal figure, BigDecimal base, Integer level, List<KpiRow> rows) {
    this.figure = figure;
    this.base = base;
    this.level = level;
    this.rows.clear();
    this.rows.addAll(rows);
  }

  public Report getReport() {
    return report;
  }

  public KpiDefinition getKpi() {
    return kpi;
  }

  public BigDecimal getFigure() {
    return figure;
  }

  public BigDecimal getBase() {
    return base;
  }

  public Integer getLevel() {
    return level;
  }

  public List<KpiRow> getRows() {
    return rows;
  }
}
