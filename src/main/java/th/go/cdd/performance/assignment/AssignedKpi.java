package th.go.cdd.performance.assignment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.program.KpiLevel;
import th.go.cdd.performance.program.LevelScale;
import th.go.cdd.performance.program.Province;
import th.go.cdd.performance.program.ReportingRound;
import th.go.cdd.performance.shared.BaseEntity;

/**
 * One KPI 7–10 assigned for one round: to every staff member of a province (no staff) or to one
 * staff member. Its five levels have a description each; when every level also has a threshold
 * (rising with the level) the level is computed from the staff member's figure as for a count KPI,
 * otherwise the staff member chooses it as for a free-form KPI.
 */
@Entity
@Table(name = "assigned_kpi", indexes = @Index(name = "assigned_kpi_round_province", columnList = "ROUND_ID,PROVINCE_CODE"))
@NamedQuery(name = "AssignedKpi.findForRoundAndProvince",
    query = "select a from AssignedKpi a where a.round = :round and a.province = :province order by a.number, a.id")
public class AssignedKpi extends BaseEntity {
  @ManyToOne(optional = false)
  private ReportingRound round;

  @ManyToOne(optional = false)
  private Province province;

  /** The one staff member it applies to; null: every staff member of the province. */
  @ManyToOne
  private Person staff;

  private int number;

  @Column(length = 1000, nullable = false)
  private String titleTh;

  @Column(length = 1000)
  private String titleEn;

  /** What is counted and the target, in the supervisor's words. */
  @Column(length = 1000)
  private String unitTh;

  @Column(length = 1000)
  private String evidenceExpectedTh;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "assigned_kpi_level")
  @OrderColumn(name = "position")
  private List<KpiLevel> levels = new ArrayList<>();

  @Column(length = 64)
  private String definedBy;

  private Instant definedAt;

  @Version private long version;

  protected AssignedKpi() {}

  public AssignedKpi(ReportingRound round, Province province, Person staff, int number) {
    this.round = Objects.requireNonNull(round);
    this.province = Objects.requireNonNull(province);
    this.staff = staff;
    this.number = number;
  }

  /** Sets what the KPI asks; the text is already checked by {@link AssignmentRules#check}. */
  public void define(AssignedKpiText text, String byUsername, Instant at) {
    this.titleTh = text.titleTh();
    this.titleEn = text.titleEn();
    this.unitTh = text.unitTh();
    this.evidenceExpectedTh = text.evidenceExpectedTh();
    this.levels.clear();
    for (int i = 0; i < 5; i++) {
      levels.add(new KpiLevel(i + 1, text.levelsTh().get(i), null, text.thresholds().get(i), null));
    }
    this.definedBy = byUsername;
    this.definedAt = at;
  }

  /** The scale that computes the level from a figure, or null when the staff member chooses it. */
  public LevelScale scale() {
    if (levels.size() != 5 || levels.stream().anyMatch(l -> l.getThreshold() == null)) {
      return null;
    }
    return LevelScale.of(levels.stream().map(KpiLevel::getThreshold).toList());
  }

  public boolean isComputed() {
    return scale() != null;
  }

  public boolean isForProvince() {
    return staff == null;
  }

  /**
   * What applies to one staff member: the province's definitions, each number overridden by the
   * staff member's own definition of that number; in number order.
   */
  public static List<AssignedKpi> effective(Collection<AssignedKpi> provinceWide, Collection<AssignedKpi> personal) {
    Map<Integer, AssignedKpi> byNumber = new TreeMap<>();
    provinceWide.forEach(a -> byNumber.put(a.getNumber(), a));
    personal.forEach(a -> byNumber.put(a.getNumber(), a));
    return List.copyOf(byNumber.values());
  }

  /** What applies to this staff member among all the definitions of their province in a round. */
  public static List<AssignedKpi> effectiveFor(Person staff, Collection<AssignedKpi> inProvince) {
    return effective(inProvince.stream().filter(AssignedKpi::isForProvince).toList(),
        inProvince.stream().filter(a -> !a.isForProvince() && a.getStaff().getId().equals(staff.getId())).toList());
  }

  public ReportingRound getRound() {
    return round;
  }

  public Province getProvince() {
    return province;
  }

  public Person getStaff() {
    return staff;
  }

  public int getNumber() {
    return number;
  }

  public String getTitleTh() {
    return titleTh;
  }

  public String getTitleEn() {
    return titleEn;
  }

  public String getUnitTh() {
    return unitTh;
  }

  public String getEvidenceExpectedTh() {
    return evidenceExpectedTh;
  }

  public List<KpiLevel> getLevels() {
    return levels;
  }

  public BigDecimal threshold(int level) {
    return levels.get(level - 1).getThreshold();
  }

  public String getDefinedBy() {
    return definedBy;
  }

  public Instant getDefinedAt() {
    return definedAt;
  }
}
