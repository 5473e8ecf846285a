package th.go.cdd.performance.report;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import th.go.cdd.performance.assignment.AssignedKpi;
import th.go.cdd.performance.program.KpiDefinition;
import th.go.cdd.performance.program.KpiKind;
import th.go.cdd.performance.program.KpiLevel;
import th.go.cdd.performance.shared.BaseEntity;

/**
 * What a staff member reports for one KPI in one round. An entry for an assigned KPI 7–10 keeps
 * the framework's slot KPI (its area and weight) and points to the supervisor's definition, which
 * gives its number, title and levels; the slot's weight is shared equally by those entries.
 */
@Entity
@NamedQuery(name = "KpiEntry.yearToDate",
    query = "select e.kpi.number, sum(e.figure) from KpiEntry e where e.report.staff = :staff and e.report.round.program = :program"
        + " and e.report.round.number <= :upTo and e.assigned is null and e.kpi.kind = th.go.cdd.performance.program.KpiKind.COUNT"
        + " and e.report.status <> th.go.cdd.performance.report.ReportStatus.WITHDRAWN group by e.kpi.number")
@Table(name = "kpi_entry", indexes = @Index(name = "kpi_entry_report", columnList = "REPORT_ID"))
public class KpiEntry extends BaseEntity {
  @ManyToOne(optional = false)
  private Report report;

  @ManyToOne(optional = false)
  private KpiDefinition kpi;

  /** The supervisor's definition when this entry is an assigned KPI 7–10; null for the framework's KPIs. */
  @ManyToOne
  private AssignedKpi assigned;

  /** The part of the KPI's weight this entry carries (1 ÷ the assigned KPIs sharing the slot); null is the whole. */
  @Column(precision = 9, scale = 6)
  private BigDecimal weightShare;

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

  KpiEntry(Report report, KpiDefinition slot, AssignedKpi assigned, BigDecimal weightShare) {
    this(report, slot);
    this.assigned = Objects.requireNonNull(assigned);
    this.weightShare = weightShare;
  }

  void shareWeight(BigDecimal share) {
    this.weightShare = share;
  }

  /** The KPI number on the form: the framework's, or 7–10 for an assigned KPI. */
  public int getNumber() {
    return assigned == null ? kpi.getNumber() : assigned.getNumber();
  }

  public boolean isAssigned() {
    return assigned != null;
  }

  public AssignedKpi getAssigned() {
    return assigned;
  }

  public BigDecimal getWeightShare() {
    return weightShare;
  }

  /** How this entry is scored; an assigned KPI with thresholds is counted, otherwise chosen. */
  public KpiMeasure measure() {
    if (assigned == null) {
      return KpiMeasure.of(kpi);
    }
    return new KpiMeasure(assigned.getNumber(), assigned.isComputed() ? KpiKind.COUNT : KpiKind.FREE_FORM, assigned.scale());
  }

  public KpiKind getKind() {
    return measure().kind();
  }

  public String getTitleTh() {
    return assigned == null ? kpi.getTitleTh() : assigned.getTitleTh();
  }

  public String getTitleEn() {
    return assigned == null ? kpi.getTitleEn() : assigned.getTitleEn();
  }

  public String getUnitTh() {
    return assigned == null ? kpi.getUnitTh() : assigned.getUnitTh();
  }

  public String getEvidenceExpectedTh() {
    return assigned == null ? kpi.getEvidenceExpectedTh() : assigned.getEvidenceExpectedTh();
  }

  public List<KpiLevel> getLevels() {
    return assigned == null ? kpi.getLevels() : assigned.getLevels();
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
