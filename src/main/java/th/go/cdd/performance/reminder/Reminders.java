package th.go.cdd.performance.reminder;

import java.time.Clock;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import th.go.cdd.performance.access.AccessPolicy;
import th.go.cdd.performance.monitoring.Holders;
import th.go.cdd.performance.people.People;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.report.Report;
import th.go.cdd.performance.report.ReportStatus;

/**
 * Decides who is reminded, when a timer fires or someone nudges a province. Every decision is made
 * again from the database at that moment (who holds the report now, is it still open, is it time by
 * its current due date), so a timer left stale by an extension or a retried job never mails wrongly.
 */
@Stateless
public class Reminders {
  @PersistenceContext private EntityManager em;
  @Inject private ReminderCalendar calendar;
  @Inject private Holders holders;
  @Inject private Recipients recipients;
  @Inject private Outbox outbox;
  @Inject private People people;
  @Inject private Clock clock;


  /** The reminder before the due date, to whoever holds the report. */
  public ReminderOutcome remindBeforeDue(long reportId, Instant now) {
    Report report = lock(reportId);
    if (report == null || !report.isOpen()) {
      return ReminderOutcome.CLOSED;
    }
    ReminderSchedule schedule = calendar.schedule(report);
    Instant at = schedule.reminderAt();
    if (now.isBefore(at)) {
      return ReminderOutcome.TOO_EARLY;
    }
    if (!now.isBefore(schedule.lateFrom())) {
      return ReminderOutcome.CLOSED;
    }
    LocalDate day = schedule.day(at);
    for (Person holder : holders.of(report)) {
      outbox.queue(report, holder, report.getStatus(), ReminderKind.BEFORE_DUE, day, null, null);
    }
    return ReminderOutcome.QUEUED;
  }

  /** An escalation after the due date: the holder and their superior, once per schedule point. */
  public ReminderOutcome escalate(long reportId, Instant now) {
    Report report = lock(reportId);
    if (report == null || !report.isOpen()) {
      return ReminderOutcome.CLOSED;
    }
    ReminderSchedule schedule = calendar.schedule(report);
    Optional<Instant> point = schedule.escalationAtOrBefore(now);
    if (point.isEmpty()) {
      return ReminderOutcome.TOO_EARLY;
    }
    LocalDate day = schedule.day(point.get());
    List<Person> held = holders.of(report);
    String holderNames = String.join(", ", held.stream().map(Person::getDisplayName).toList());
    for (Person holder : held) {
      outbox.queue(report, holder, report.getStatus(), ReminderKind.ESCALATION, day, null, null);
    }
    for (Person superior : recipients.superiors(report)) {
      outbox.queue(report, superior, report.getStatus(), ReminderKind.ESCALATION, day, holderNames, null);
    }
    return ReminderOutcome.QUEUED;
  }

  /**
   * The report row locked, as ApprovalService locks it: a reminder and a step of the chain on the same
   * report are serialised (the reminder sees who holds it after the step), and so are two runs of one
   * timer on two nodes (the second finds the first one's rows).
   */
  private Report lock(long reportId) {
    return em.find(Report.class, reportId, LockModeType.PESSIMISTIC_WRITE);
  }

  /**
   * Reminds now every holder of an overdue, unsigned report of the province; an administrator for
   * any province, a provincial officer for their own. Once per report, holder and day: a second
   * click the same day queues nothing. Returns how many messages were queued.
   */
  public int nudgeProvince(String username, String provinceCode) {
    AccessPolicy.requireOversee(people.byUsername(username), provinceCode);
    LocalDate today = LocalDate.now(clock);
    List<Report> late = em.createNamedQuery("ReminderMessage.lateReportsOfProvince", Report.class)
        .setParameter("province", provinceCode).setParameter("today", today).setParameter("open", ReportStatus.OPEN).getResultList();
    int queued = 0;
    Holders.Resolver resolver = holders.resolver(); // one query per group or assignee for the whole province
    for (Report report : late) {
      // serialises with a concurrent nudge of the same province (a double click): the second waits, then finds the rows
      em.lock(report, LockModeType.PESSIMISTIC_WRITE);
      for (Person holder : resolver.people(report.getStatus(), report.getStaff(), report.getPendingGroup(), report.getPendingAssignee())) {
        if (outbox.queue(report, holder, report.getStatus(), ReminderKind.NUDGE, today, null, username)) {
          queued++;
        }
      }
    }
    return queued;
  }
}
