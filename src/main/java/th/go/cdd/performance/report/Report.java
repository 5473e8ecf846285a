package th.go.cdd.performance.report;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import th.go.cdd.performance.assignment.AssignedKpi;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.program.KpiDefinition;
import th.go.cdd.performance.program.KpiKind;
import th.go.cdd.performance.program.ReportingRound;
import th.go.cdd.performance.access.StaffRecord;
import th.go.cdd.performance.shared.BaseEntity;
import th.go.cdd.performance.shared.BusinessException;

/**
 * One staff member's individual performance summary for one round. Its status and who holds it
 * are set by the round's process (task listeners), so the inbox can page and sort in the database.
 */
@Entity
@Table(
    name = "report",
    uniqueConstraints = @UniqueConstraint(columnNames = {"STAFF_ID", "ROUND_ID"}),
    indexes = {
      @Index(name = "report_pending_group", columnList = "PENDINGGROUP,STATUS"),
      @Index(name = "report_pending_assignee", columnList = "PENDINGASSIGNEE"),
      @Index(name = "report_process", columnList = "PROCESSINSTANCEID"),
      @Index(name = "report_round_status", columnList = "ROUND_ID,STATUS")
    })
@NamedQuery(name = "Report.findByProcessInstance", query = "select r from Report r where r.processInstanceId = :pid")
@NamedQuery(name = "Report.findByStaffAndRound", query = "select r from Report r where r.staff = :staff and r.round = :round")
@NamedQuery(name = "Report.findOpenByStaff",
    query = "select r from Report r where r.staff = :staff and r.status in :open order by r.id")
@NamedQuery(name = "Report.findOpenByRoundAndProvince",
    query = "select r from Report r where r.round = :round and r.staff.province.code = :province and r.status in :open order by r.id")
@NamedQuery(name = "Report.findWaitingFor",
    query = "select r from Report r where r.status in (th.go.cdd.performance.report.ReportStatus.WITH_DIRECTOR, "
        + "th.go.cdd.performance.report.ReportStatus.WITH_OFFICER) and (r.pendingAssignee = :username "
        + "or (r.pendingAssignee is null and r.pendingGroup in :groups)) order by r.id")
public class Report extends BaseEntity implements StaffRecord {
  @ManyToOne(optional = false)
  private Person staff;

  @ManyToOne(optional = false)
  private ReportingRound round;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ReportStatus status;

  private boolean overdue;

  /** The staff member's due date for this round (the round's, clipped to the contract). */
  private LocalDate dueDate;

  @Column(length = 64)
  private String processInstanceId;

  /** The candidate group of the task it waits at, when an approver holds it. */
  @Column(length = 100)
  private String pendingGroup;

  /** The user who holds the task: the staff member, or an approver who claimed it. */
  @Column(length = 64)
  private String pendingAssignee;

  @Column(length = 2000)
  private String returnComment;

  private String returnedBy;
  private Instant updatedAt;

  /** When the staff member first saved a figure: a draft without it has not been started. */
  private Instant startedAt;

  private int submissionCount;

  @Version private long version;

  @OneToMany(mappedBy = "report", cascade = CascadeType.ALL)
  @OrderBy("id")
  private List<KpiEntry> entries = new ArrayList<>();

  protected Report() {}

  public Report(Person staff, ReportingRound round, LocalDate dueDate, String processInstanceId, List<KpiDefinition> kpis, Instant now) {
    this.staff = Objects.requireNonNull(staff);
    this.round = Objects.requireNonNull(round);
    this.dueDate = Objects.requireNonNull(dueDate);
    this.processInstanceId = processInstanceId;
    this.status = ReportStatus.DRAFT;
    this.pendingAssignee = staff.getUsername();
    this.updatedAt = now;
    for (KpiDefinition kpi : kpis) {
      entries.add(new KpiEntry(this, kpi));
    }
  }

  /**
   * With the KPIs 7–10 assigned to the staff member for this round: they take the place of the
   * framework's slot KPI and share its weight equally; with none, the slot stays as it is.
   */
  public Report(Person staff, ReportingRound round, LocalDate dueDate, String processInstanceId, List<KpiDefinition> kpis,
      KpiDefinition slot, List<AssignedKpi> assigned, Instant now) {
    this(staff, round, dueDate, processInstanceId, kpis.stream().filter(k -> assigned.isEmpty() || !k.equals(slot)).toList(), now);
    BigDecimal share = shareOf(assigned.size());
    for (AssignedKpi a : assigned) {
      entries.add(new KpiEntry(this, slot, a, share));
    }
    entries.sort(java.util.Comparator.comparingInt(KpiEntry::getNumber));
  }

  /**
   * Brings a draft in line with the KPIs now assigned: entries of withdrawn assignments go, new
   * ones come, kept ones keep their figures; the slot comes back when nothing is assigned. Returns
   * the entries removed, for the caller to delete.
   */
  public List<KpiEntry> reassign(KpiDefinition slot, List<AssignedKpi> assigned) {
    if (status != ReportStatus.DRAFT) {
      throw new BusinessException("assigned.reportSubmitted");
    }
    List<KpiEntry> removed = new ArrayList<>();
    for (KpiEntry e : List.copyOf(entries)) {
      boolean stale = e.isAssigned() ? !assigned.contains(e.getAssigned()) : e.getKpi().equals(slot) && !assigned.isEmpty();
      if (stale) {
        entries.remove(e);
        removed.add(e);
      }
    }
    BigDecimal share = shareOf(assigned.size());
    for (AssignedKpi a : assigned) {
      KpiEntry kept = entries.stream().filter(e -> a.equals(e.getAssigned())).findFirst().orElse(null);
      if (kept == null) {
        entries.add(new KpiEntry(this, slot, a, share));
      } else {
        kept.shareWeight(share);
      }
    }
    if (assigned.isEmpty() && entries.stream().noneMatch(e -> !e.isAssigned() && e.getKpi().equals(slot))) {
      entries.add(new KpiEntry(this, slot));
    }
    entries.sort(java.util.Comparator.comparingInt(KpiEntry::getNumber));
    return removed;
  }

  private static BigDecimal shareOf(int count) {
    return count == 0 ? null : BigDecimal.ONE.divide(BigDecimal.valueOf(count), 6, java.math.RoundingMode.HALF_EVEN);
  }

  public boolean isEditable() {
    return status == ReportStatus.DRAFT || status == ReportStatus.RETURNED;
  }

  public void ensureEditable() {
    if (!isEditable()) {
      throw new BusinessException("report.notEditable");
    }
  }

  public Optional<KpiEntry> entryFor(int kpiNumber) {
    return entries.stream().filter(e -> e.getNumber() == kpiNumber).findFirst();
  }

  /** Records the figures of one KPI in a draft. */
  public void record(int kpiNumber, java.math.BigDecimal figure, java.math.BigDecimal base, Integer level, List<KpiRow> rows, Instant now) {
    ensureEditable();
    KpiEntry entry = entryFor(kpiNumber).orElseThrow(() -> new BusinessException("report.noSuchKpi", kpiNumber));
    entry.record(figure, base, level, rows);
    this.updatedAt = now;
    if (startedAt == null) {
      startedAt = now;
    }
  }

  /**
   * The process waits for the staff member: a new draft, a draft recalled from the director, or a
   * report an approver returned. A signed or withdrawn report never goes back to its staff member.
   */
  public void awaitStaff(boolean returned) {
    if (returned) {
      requireStatus(ReportStatus.WITH_DIRECTOR, ReportStatus.WITH_OFFICER);
    } else {
      requireStatus(ReportStatus.DRAFT, ReportStatus.WITH_DIRECTOR);
    }
    this.status = returned ? ReportStatus.RETURNED : ReportStatus.DRAFT;
    this.pendingGroup = null;
    this.pendingAssignee = staff.getUsername();
    if (!returned) {
      this.returnComment = null;
      this.returnedBy = null;
    }
  }

  /**
   * The process waits for an approver's candidate group: the director once the staff member
   * submitted, the officer once the director approved.
   */
  public void awaitApprover(ReportStatus step, String candidateGroup) {
    switch (step) {
      case WITH_DIRECTOR -> requireStatus(ReportStatus.DRAFT, ReportStatus.RETURNED);
      case WITH_OFFICER -> requireStatus(ReportStatus.WITH_DIRECTOR);
      default -> throw new IllegalArgumentException("not an approver's step: " + step);
    }
    this.status = step;
    this.pendingGroup = candidateGroup;
    this.pendingAssignee = null;
  }

  /** One approver takes the group's task; the others still see it, marked as taken. */
  public void claimBy(String username) {
    requireGroupTask();
    this.pendingAssignee = Objects.requireNonNull(username);
  }

  /** The approver who took the group's task gives it back to the group. */
  public void release() {
    requireGroupTask();
    this.pendingAssignee = null;
  }

  /**
   * The staff member moved office while an approver's step waits: the task goes to the new
   * office's candidate group, claim released, the step unchanged.
   */
  public void rerouteTo(String candidateGroup) {
    requireStatus(ReportStatus.WITH_DIRECTOR, ReportStatus.WITH_OFFICER);
    this.pendingGroup = candidateGroup;
    this.pendingAssignee = null;
  }

  private void requireGroupTask() {
    requireStatus(ReportStatus.WITH_DIRECTOR, ReportStatus.WITH_OFFICER);
    if (pendingGroup == null) {
      throw new BusinessException("report.wrongStep");
    }
  }

  /**
   * Refuses a move from any other status. The process and the services check the step before they
   * act; this holds when one of them is wrong, so a report never skips or repeats a step.
   */
  private void requireStatus(ReportStatus... allowed) {
    if (!List.of(allowed).contains(status)) {
      throw new BusinessException("report.wrongStep");
    }
  }

  /**
   * An administrator hands the approver's task to one person: it leaves the candidate group's
   * inboxes and waits for that person only, until the step is done.
   */
  public void reassignTo(String username) {
    if (status != ReportStatus.WITH_DIRECTOR && status != ReportStatus.WITH_OFFICER) {
      throw new BusinessException("admin.reassign.notWithApprover");
    }
    this.pendingGroup = null;
    this.pendingAssignee = Objects.requireNonNull(username);
  }

  /** Moves the due date; a report whose new due date is today or later is no longer overdue. */
  public void extendDueTo(LocalDate newDueDate, LocalDate today) {
    if (!isOpen()) {
      throw new BusinessException("admin.extend.closed");
    }
    this.dueDate = Objects.requireNonNull(newDueDate);
    if (!newDueDate.isBefore(today)) {
      this.overdue = false;
    }
  }

  /**
   * The staff member's participation ended before the report was signed: it no longer counts. A
   * signed report is refused as a programming error, not a user's: only open reports are queried
   * for withdrawal.
   */
  public void withdraw(Instant now) {
    if (status == ReportStatus.SIGNED) {
      throw new IllegalStateException("a signed report stays signed");
    }
    this.status = ReportStatus.WITHDRAWN;
    this.pendingGroup = null;
    this.pendingAssignee = null;
    this.updatedAt = now;
  }

  /** Whether the report still waits for someone; see {@link ReportStatus#OPEN}. */
  public boolean isOpen() {
    return status.isOpen();
  }

  /**
   * Whether the report is shown as late: still open and its overdue timer has fired. A signed or
   * withdrawn report is never late, whatever the flag recorded while it was open.
   */
  public boolean isLate() {
    return overdue && isOpen();
  }

  /** The approver at the step returns the report, saying why; the process then hands it back to the staff member. */
  public void returned(String comment, String byName) {
    requireStatus(ReportStatus.WITH_DIRECTOR, ReportStatus.WITH_OFFICER);
    this.returnComment = comment;
    this.returnedBy = byName;
  }

  /**
   * The staff member certifies the report as complete and true: every KPI except a free-form one
   * must have its level. Returns the number of the version submitted.
   */
  public int certify(Instant now) {
    ensureEditable();
    List<Integer> missing = entries.stream()
        .filter(e -> e.getKind() != KpiKind.FREE_FORM && e.getLevel() == null)
        .map(KpiEntry::getNumber).toList();
    if (!missing.isEmpty()) {
      throw new BusinessException("report.incomplete", missing.toString());
    }
    this.submissionCount++;
    this.updatedAt = now;
    return submissionCount;
  }

  public void markOverdue() {
    this.overdue = true;
  }

  /** The officer signed: the sign-off is over. */
  public void markSigned() {
    requireStatus(ReportStatus.WITH_OFFICER);
    this.status = ReportStatus.SIGNED;
    this.pendingGroup = null;
    this.pendingAssignee = null;
  }

  public void touch(Instant now) {
    this.updatedAt = now;
  }

  @Override
  public Person getStaff() {
    return staff;
  }

  public ReportingRound getRound() {
    return round;
  }

  public ReportStatus getStatus() {
    return status;
  }

  public boolean isOverdue() {
    return overdue;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getPendingGroup() {
    return pendingGroup;
  }

  @Override
  public String getPendingAssignee() {
    return pendingAssignee;
  }

  public String getReturnComment() {
    return returnComment;
  }

  public String getReturnedBy() {
    return returnedBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public int getSubmissionCount() {
    return submissionCount;
  }

  public long getVersion() {
    return version;
  }

  public List<KpiEntry> getEntries() {
    return entries;
  }
}
