package th.go.cdd.performance.workflow;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/** Test stand-in for the {@code reminderCalendar} bean: settable dates, records calls. */
public class FakeReminderCalendar {
  private Date remindAt = days(20);
  private Date firstEscalationAt = days(45);
  private Date nextEscalationAt = days(47);
  private final List<String> calls = new ArrayList<>();

  public Date remindAt(Long reportId) {
    calls.add("remindAt:" + reportId);
    return remindAt;
  }

  public Date firstEscalationAt(Long reportId) {
    calls.add("firstEscalationAt:" + reportId);
    return firstEscalationAt;
  }

  public Date nextEscalationAt(Long reportId) {
    calls.add("nextEscalationAt:" + reportId);
    return nextEscalationAt;
  }

  public FakeReminderCalendar remindAt(Date date) {
    remindAt = date;
    return this;
  }

  public FakeReminderCalendar firstEscalationAt(Date date) {
    firstEscalationAt = date;
    return this;
  }

  public FakeReminderCalendar nextEscalationAt(Date date) {
    nextEscalationAt = date;
    return this;
  }

  public List<String> calls() {
    return calls;
  }

  /** Whole seconds, so the date survives the job table round trip unchanged. */
  public static Date days(int n) {
    return Date.from(Instant.now().plus(n, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));
  }
}
