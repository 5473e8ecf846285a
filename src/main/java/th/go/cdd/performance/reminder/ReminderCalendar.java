package th.go.cdd.performance.reminder;

import java.time.Clock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Date;
import th.go.cdd.performance.report.Report;
import th.go.cdd.performance.shared.ThaiDates;

/**
 * The reminder timers' dates for the round model, read from the report's current due date each time
 * a timer is created: a due date extended later re-arms the timers from the new date.
 */
@Named("reminderCalendar")
@ApplicationScoped
public class ReminderCalendar {
  @PersistenceContext private EntityManager em;
  @Inject private Holidays holidays;
  @Inject private ReminderSettings settings;
  @Inject private Clock clock;


  public Date remindAt(Long reportId) {
    return Date.from(schedule(reportId).reminderAt());
  }

  public Date firstEscalationAt(Long reportId) {
    return Date.from(schedule(reportId).firstEscalationAt());
  }

  /** The next escalation point after now: the timer of the escalation loop. */
  public Date nextEscalationAt(Long reportId) {
    return Date.from(schedule(reportId).nextEscalationAfter(clock.instant()));
  }

  ReminderSchedule schedule(Long reportId) {
    Report report = em.find(Report.class, reportId);
    if (report == null) {
      throw new IllegalStateException("no report " + reportId);
    }
    return schedule(report);
  }

  ReminderSchedule schedule(Report report) {
    return new ReminderSchedule(report.getDueDate(), holidays.around(report.getDueDate()), settings.daysBefore(),
        settings.escalationEveryDays(), settings.sendAt(), ThaiDates.BANGKOK);
  }
}
