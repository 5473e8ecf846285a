package th.go.cdd.performance.workflow;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Test stand-in for the {@code reportLifecycle} bean. {@link #open} hands out a new report id and
 * sets it as process variable {@code reportId}, like the real bean; every hook is recorded as
 * {@code "<hook>:<reportId>"}.
 */
public class FakeReportLifecycle {

  private static final AtomicLong NEXT_REPORT_ID = new AtomicLong(1000);

  private final List<String> calls = Collections.synchronizedList(new ArrayList<>());

  public void open(DelegateExecution execution) {
    long reportId = NEXT_REPORT_ID.incrementAndGet();
    execution.getProcessInstance().setVariable("reportId", reportId);
    calls.add("open:" + reportId);
  }

  public void awaitStaff(DelegateTask task) {
    calls.add("awaitStaff:" + reportId(task.getExecution()));
  }

  public void awaitDirector(DelegateTask task) {
    calls.add("awaitDirector:" + reportId(task.getExecution()));
  }

  public void awaitOfficer(DelegateTask task) {
    calls.add("awaitOfficer:" + reportId(task.getExecution()));
  }

  public void markOverdue(DelegateExecution execution) {
    calls.add("markOverdue:" + reportId(execution));
  }

  public void markSigned(DelegateExecution execution) {
    calls.add("markSigned:" + reportId(execution));
  }

  public void withdrawOpenReports(DelegateExecution execution) {
    calls.add("withdrawOpenReports:staff" + execution.getVariable("staffId"));
  }

  public List<String> calls() {
    return new ArrayList<>(calls);
  }

  /** Calls of one report, e.g. {@code [open:1001, awaitStaff:1001, ...]}. */
  public List<String> callsFor(Long reportId) {
    String suffix = ":" + reportId;
    return calls().stream().filter(c -> c.endsWith(suffix)).toList();
  }

  public long count(String hook, Long reportId) {
    return calls().stream().filter((hook + ":" + reportId)::equals).count();
  }

  private static Object reportId(DelegateExecution execution) {
    return execution.getVariable("reportId");
  }
}
