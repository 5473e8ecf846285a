package th.go.cdd.performance.program;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import th.go.cdd.performance.shared.BaseEntity;

/** One program year announced by a circular letter. */
@Entity
@Table(name = "program")
@NamedQuery(name = "Program.findByCode", query = "select p from Program p where p.code = :code")
@NamedQuery(name = "Program.findAll", query = "select p from Program p order by p.id")
public class Program extends BaseEntity {
  @Column(unique = true, nullable = false)
  private String code;

  private String nameTh;
  private String nameEn;
  private String circularNo;
  private LocalDate circularDate;

  @Column(length = 1000)
  private String circularSubject;

  private String issuer;

  @Column(length = 500)
  private String referenceLetter;
  private LocalDate orientationDate;
  private String orientationLink;

  /** DRAFT while an administrator sets the program up; null on programs stored before setup existed: they run. */
  @Enumerated(EnumType.STRING)
  @Column(length = 10)
  private ProgramStatus status;

  @OneToMany(mappedBy = "program", cascade = CascadeType.ALL)
  @OrderBy("number")
  private List<Cohort> cohorts = new ArrayList<>();

  @OneToMany(mappedBy = "program", cascade = CascadeType.ALL)
  @OrderBy("number")
  private List<ReportingRound> rounds = new ArrayList<>();

  @OneToMany(mappedBy = "program", cascade = CascadeType.ALL)
  @OrderBy("number")
  private List<KpiDefinition> kpis = new ArrayList<>();

  protected Program() {}

  public Program(String code, String nameTh, String nameEn) {
    this.code = Objects.requireNonNull(code);
    this.nameTh = Objects.requireNonNull(nameTh);
    this.nameEn = nameEn;
  }

  /** A program an administrator is still setting up: staff are enrolled only when it is started. */
  public static Program draft(String code, String nameTh, String nameEn) {
    Program p = new Program(code, nameTh, nameEn);
    p.status = ProgramStatus.DRAFT;
    return p;
  }

  public ProgramStatus getStatus() {
    return status == null ? ProgramStatus.STARTED : status;
  }

  /** Whether staff processes run for it (set-up edits that would break them are then refused). */
  public boolean isStarted() {
    return getStatus() == ProgramStatus.STARTED;
  }

  public void markStarted() {
    this.status = ProgramStatus.STARTED;
  }

  public void rename(String nameTh, String nameEn) {
    this.nameTh = Objects.requireNonNull(nameTh);
    this.nameEn = nameEn;
  }

  /** Removes the round and numbers the later rounds down, so rounds stay numbered 1..n. */
  public void removeRound(ReportingRound round) {
    if (rounds.remove(round)) {
      rounds.stream().filter(r -> r.getNumber() > round.getNumber()).forEach(ReportingRound::numberDown);
    }
  }

  public void removeKpi(KpiDefinition kpi) {
    kpis.remove(kpi);
  }

  public void announce(String circularNo, LocalDate circularDate, String subject, String issuer) {
    this.circularNo = circularNo;
    this.circularDate = circularDate;
    this.circularSubject = subject;
    this.issuer = issuer;
  }

  /** The circular as an administrator registered it: the number is kept as typed (Thai digits too). */
  public void announce(String circularNo, LocalDate circularDate, String subject, String issuer, String referenceLetter) {
    announce(circularNo, circularDate, subject, issuer);
    this.referenceLetter = referenceLetter;
  }

  public String getReferenceLetter() {
    return referenceLetter;
  }

  public void scheduleOrientation(LocalDate date, String link) {
    this.orientationDate = date;
    this.orientationLink = link;
  }

  public Cohort addCohort(int number, LocalDate contractStart, LocalDate contractEnd) {
    Cohort c = new Cohort(this, number, contractStart, contractEnd);
    cohorts.add(c);
    return c;
  }

  public ReportingRound addRound(int number, LocalDate start, LocalDate end, LocalDate due) {
    ReportingRound r = new ReportingRound(this, number, start, end, due);
    rounds.add(r);
    return r;
  }

  public void addKpi(KpiDefinition kpi) {
    kpis.add(kpi);
  }

  public String getCode() {
    return code;
  }

  public String getNameTh() {
    return nameTh;
  }

  public String getNameEn() {
    return nameEn;
  }

  public String getCircularNo() {
    return circularNo;
  }

  public LocalDate getCircularDate() {
    return circularDate;
  }

  public String getCircularSubject() {
    return circularSubject;
  }

  public String getIssuer() {
    return issuer;
  }

  public LocalDate getOrientationDate() {
    return orientationDate;
  }

  public String getOrientationLink() {
    return orientationLink;
  }

  public List<Cohort> getCohorts() {
    return cohorts;
  }

  public List<ReportingRound> getRounds() {
    return rounds;
  }

  public List<KpiDefinition> getKpis() {
    return kpis;
  }
}
