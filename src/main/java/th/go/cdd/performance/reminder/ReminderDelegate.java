package th.go.cdd.performance.reminder;

import java.time.Clock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * Called by the round model's reminder paths; sets the local variable the next gateway reads
 * ({@code reminder} or {@code escalation}: QUEUED | TOO_EARLY | CLOSED).
 */
@Named("reminderDelegate")
@ApplicationScoped
public class ReminderDelegate {
  @Inject private Reminders reminders;
  @Inject private Clock clock;


  public void remindBeforeDue(DelegateExecution execution) {
    execution.setVariableLocal("reminder", reminders.remindBeforeDue(reportId(execution), clock.instant()).name());
  }

  public void escalate(DelegateExecution execution) {
    execution.setVariableLocal("escalation", reminders.escalate(reportId(execution), clock.instant()).name());
  }

  private static long reportId(DelegateExecution execution) {
    return (Long) execution.getVariable("reportId");
  }
}
