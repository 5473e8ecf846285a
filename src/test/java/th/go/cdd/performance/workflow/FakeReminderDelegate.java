package th.go.cdd.performance.workflow;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * Test stand-in for the {@code reminderDelegate} bean: answers QUEUED unless told otherwise, sets
 * the same local variables as the real one and records {@code "<hook>:<reportId>"}.
 */
public class FakeReminderDelegate {
  private final Deque<String> reminderOutcomes = new ArrayDeque<>();
  private final Deque<String> escalationOutcomes = new ArrayDeque<>();
  private final List<String> calls = new ArrayList<>();

  public void remindBeforeDue(DelegateExecution execution) {
    calls.add("remindBeforeDue:" + execution.getVariable("reportId"));
    execution.setVariableLocal("reminder", reminderOutcomes.isEmpty() ? "QUEUED" : reminderOutcomes.poll());
  }

  public void escalate(DelegateExecution execution) {
    calls.add("escalate:" + execution.getVariable("reportId"));
    execution.setVariableLocal("escalation", escalationOutcomes.isEmpty() ? "QUEUED" : escalationOutcomes.poll());
  }

  public FakeReminderDelegate nextReminder(String outcome) {
    reminderOutcomes.add(outcome);
    return this;
  }

  public FakeReminderDelegate nextEscalation(String outcome) {
    escalationOutcomes.add(outcome);
    return this;
  }

  public long count(String hook) {
    return calls.stream().filter(c -> c.startsWith(hook + ":")).count();
  }

  public List<String> calls() {
    return calls;
  }
}
