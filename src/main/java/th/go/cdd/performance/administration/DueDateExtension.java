package th.go.cdd.performance.administration;

import th.go.cdd.performance.access.AccessPolicy;
import th.go.cdd.performance.audit.AuditTarget;
import th.go.cdd.performance.audit.AuditLog;
import th.go.cdd.performance.audit.AuditAction;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import th.go.cdd.performance.approval.ApprovalStep;
import th.go.cdd.performance.people.People;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.program.ReportingRound;
import th.go.cdd.performance.report.DueDateOverride;
import th.go.cdd.performance.report.Report;
import th.go.cdd.performance.report.ReportStatus;
import th.go.cdd.performance.shared.BusinessException;
import th.go.cdd.performance.shared.ThaiDates;

/**
 * Extends a round's due date for a whole province or one staff member. Each open report gets the
 * new date (and loses its overdue mark when the date is today or later), and every pending timer of
 * its process except the round's opening moves by the same number of days, so reminders and the
 * overdue mark follow. A report already marked overdue gets a new overdue timer through the model
 * (message {@code dueDateExtended}). While reports of the round may still open (before the round's
 * due date), the extension is also kept ({@link DueDateOverride}) for the reports that open later.
 * One transaction, audited per report. Administrators may extend anywhere, a provincial officer in
 * their own province.
 */
@Stateless
public class DueDateExtension {
  @PersistenceContext private EntityManager em;
  @Inject private People people;
  @Inject private ManagementService management;
  @Inject private RuntimeService runtime;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  /** For every open report of the round in the province; returns how many reports moved. */
  public int extendForProvince(String username, long roundId, String provinceCode, LocalDate newDueDate, String reason) {
    Person actor = people.byUsername(username);
    AccessPolicy.requireOversee(actor, provinceCode);
    String why = Reasons.require(reason);
    ReportingRound round = round(roundId);
    requireWithinReach(round, newDueDate);
    List<Report> reports = em.createNamedQuery("Report.findOpenByRoundAndProvince", Report.class)
        .setParameter("round", round).setParameter("province", provinceCode).setParameter("open", ReportStatus.OPEN)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    boolean later = opensLater(round, newDueDate);
    if (later) {
      em.persist(DueDateOverride.forProvince(round, provinceCode, newDueDate, actor.getUsername(), clock.instant()));
      audit.record(actor, AuditAction.EXTEND_DUE_DATE, new AuditTarget(null, null, provinceCode, round.getId(),
          round.getProgram().getNameTh() + " · " + round.getNumber() + " · " + provinceCode), why,
          "to=" + newDueDate + " (reports still to open, " + ThaiDates.format(newDueDate) + ")");
    }
    return extend(actor, reports, newDueDate, why, later);
  }

  /** For one staff member's open report of the round. */
  public int extendForPerson(String username, long roundId, String staffUsername, LocalDate newDueDate, String reason) {
    Person actor = people.byUsername(username);
    Person staff = em.createNamedQuery("Person.findByUsername", Person.class).setParameter("username", staffUsername == null ? "" : staffUsername.strip())
        .getResultStream().findFirst().orElseThrow(() -> new BusinessException("admin.noSuchPerson", staffUsername));
    AccessPolicy.requireOversee(actor, staff.getProvince() == null ? null : staff.getProvince().getCode());
    String why = Reasons.require(reason);
    ReportingRound round = round(roundId);
    requireWithinReach(round, newDueDate);
    List<Report> existing = em.createNamedQuery("Report.findByStaffAndRound", Report.class)
        .setParameter("staff", staff).setParameter("round", round)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    boolean later = existing.isEmpty() && opensLater(round, newDueDate);
    if (later) {
      em.persist(DueDateOverride.forStaff(round, staff, newDueDate, actor.getUsername(), clock.instant()));
      audit.record(actor, AuditAction.EXTEND_DUE_DATE, new AuditTarget(null, staff.getUsername(), staff.getProvince().getCode(), round.getId(),
          staff.getDisplayName() + " · " + round.getProgram().getNameTh() + " · " + round.getNumber()), why,
          "to=" + newDueDate + " (report still to open, " + ThaiDates.format(newDueDate) + ")");
    }
    return extend(actor, existing.stream().filter(Report::isOpen).toList(), newDueDate, why, later);
  }

  /** The rounds one may extend, newest program first (the page's choice list). */
  public List<ReportingRound> rounds() {
    return em.createQuery("select r from ReportingRound r join fetch r.program order by r.program.id desc, r.number", ReportingRound.class)
        .setMaxResults(200).getResultList();
  }

  /**
   * Whether reports of this round may still open (its due date has not passed) and the new date
   * extends the round's own: then the extension is kept for them.
   */
  private boolean opensLater(ReportingRound round, LocalDate newDueDate) {
    return newDueDate != null && !round.getDueDate().isBefore(LocalDate.now(clock)) && newDueDate.isAfter(round.getDueDate());
  }

  /**
   * A new due date is at most a year after the round's own: a later one is a slip of the year (a
   * Buddhist Era year typed as 2659 for 2569) that would leave reports never overdue.
   */
  private static void requireWithinReach(ReportingRound round, LocalDate newDueDate) {
    LocalDate latest = round.getDueDate().plusYears(1);
    if (newDueDate != null && newDueDate.isAfter(latest)) {
      throw new BusinessException("admin.extend.tooFar", ThaiDates.format(latest));
    }
  }

  private int extend(Person actor, List<Report> reports, LocalDate newDueDate, String why, boolean keptForLater) {
    if (newDueDate == null) {
      throw new BusinessException("admin.extend.dateRequired");
    }
    LocalDate today = LocalDate.now(clock);
    if (newDueDate.isBefore(today)) {
      throw new BusinessException("admin.extend.past");
    }
    int moved = 0;
    for (Report report : reports) {
      long days = ChronoUnit.DAYS.between(report.getDueDate(), newDueDate);
      if (days <= 0) {
        continue; // already due on or after that day: an extension never shortens
      }
      LocalDate old = report.getDueDate();
      boolean wasOverdue = report.isOverdue();
      report.extendDueTo(newDueDate, today);
      shiftTimers(report.getProcessInstanceId(), days);
      if (wasOverdue) {
        // the overdue timer has fired already: the model arms a new one at the report's new date
        runtime.createMessageCorrelation(ApprovalStep.DUE_DATE_EXTENDED).processInstanceId(report.getProcessInstanceId()).correlate();
      }
      audit.record(actor, AuditAction.EXTEND_DUE_DATE, TaskReassignment.target(report), why,
          "from=" + old + " to=" + newDueDate + " days=" + days + " (" + ThaiDates.format(old) + " → " + ThaiDates.format(newDueDate) + ")");
      moved++;
    }
    if (moved == 0 && !keptForLater) {
      throw new BusinessException("admin.extend.nothing");
    }
    return moved;
  }

  /** Moves every pending timer of the process (except the round's opening) by the same number of days. */
  private void shiftTimers(String processInstanceId, long days) {
    Set<String> opening = management.createJobQuery().processInstanceId(processInstanceId).activityId(ApprovalStep.ROUND_OPENS).list()
        .stream().map(Job::getId).collect(Collectors.toSet());
    for (Job job : management.createJobQuery().processInstanceId(processInstanceId).timers().list()) {
      if (job.getDuedate() != null && !opening.contains(job.getId())) {
        management.setJobDuedate(job.getId(), Date.from(job.getDuedate().toInstant().plus(Duration.ofDays(days))));
      }
    }
  }


  private ReportingRound round(long roundId) {
    ReportingRound round = em.find(ReportingRound.class, roundId);
    if (round == null) {
      throw new BusinessException("admin.noSuchRound");
    }
    return round;
  }
}
