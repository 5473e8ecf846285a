package th.go.cdd.performance.chaos;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * Test-only (in the chaos WAR): the service task of a one-step process whose job takes as many seconds as its
 * variable {@code seconds} says, so that a server can be killed while it holds the job's lock. The job commits
 * nothing of its own: the history shows the task ended only when a run of it completed.
 */
public class SlowJob implements JavaDelegate {
  static final String PROCESS = "chaosSlowJob";
  static final String TASK = "slowTask";

  /** The process: start, the slow task as a job of its own (asynchronous before), end. */
  static BpmnModelInstance model() {
    return Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(1).startEvent().serviceTask(TASK).camundaAsyncBefore()
        .camundaClass(SlowJob.class.getName()).endEvent().done();
  }

  @Override
  public void execute(DelegateExecution execution) throws InterruptedException {
    Thread.sleep(((Number) execution.getVariable("seconds")).longValue() * 1000);
  }
}
