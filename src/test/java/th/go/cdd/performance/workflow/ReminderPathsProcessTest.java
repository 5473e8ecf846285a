package th.go.cdd.performance.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.Date;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The reminder paths of the {@code roundReport} model: before the due date, escalations after it, and their end. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "bpmn/round-report.bpmn")
class ReminderPathsProcessTest {
  private FakeReminderCalendar calendar;
  private FakeReminderDelegate reminders;
  private long staffId;

  @BeforeEach
  void registerFakes() {
    calendar = new FakeReminderCalendar();
    reminders = new FakeReminderDelegate();
    Mocks.register("roundCalendar", new FakeRoundCalendar());
    Mocks.register("reportLifecycle", new FakeReportLifecycle());
    Mocks.register("reminderCalendar", calendar);
    Mocks.register("reminderDelegate", reminders);
    staffId = ThreadLocalRandom.current().nextLong(1, 1_000_000);
  }

  @AfterEach
  void resetFakes() {
    Mocks.reset();
  }

  @Test
  void theReminderAndTheFirstEscalationWaitForTheCalendarsDatesOnceTheReportIsOpen() {
    Date remind = FakeReminderCalendar.days(30);
    Date escalate = FakeReminderCalendar.days(36);
    calendar.remindAt(remind).firstEscalationAt(escalate);
    ProcessInstance pi = start();
    assertThat(timer(pi, "reminderDue")).as("no reminder before the report opens").isNull();

    open(pi);

    assertThat(timer(pi, "reminderDue").getDuedate()).hasSameTimeAs(remind);
    assertThat(timer(pi, "escalationDue").getDuedate()).hasSameTimeAs(escalate);
    Long reportId = reportId(pi);
    assertThat(calendar.calls()).contains("remindAt:" + reportId, "firstEscalationAt:" + reportId);
  }

  @Test
  void theReminderBeforeTheDueDateFiresOnceAndLeavesTheReportWithItsHolder() {
    ProcessInstance pi = startAndOpen();

    execute(job("reminderDue", pi));

    assertThat(pi).hasPassed("sendReminder", "reminderDone").isWaitingAt("fillReport");
    assertThat(reminders.calls()).containsExactly("remindBeforeDue:" + reportId(pi));
    assertThat(timer(pi, "reminderDue")).isNull();
    assertThat(timer(pi, "reminderRearmed")).isNull();
    assertThat(timer(pi, "escalationDue")).as("escalation still ahead").isNotNull();
  }

  @Test
  void aReminderFiredBeforeTheScheduleOfAnExtendedDueDateWaitsForTheNewDate() {
    ProcessInstance pi = startAndOpen();
    Date extended = FakeReminderCalendar.days(50);
    calendar.remindAt(extended);
    reminders.nextReminder("TOO_EARLY");

    execute(job("reminderDue", pi));

    assertThat(pi).isWaitingAt("reminderRearmed").hasNotPassed("reminderDone");
    assertThat(timer(pi, "reminderRearmed").getDuedate()).hasSameTimeAs(extended);

    execute(job("reminderRearmed", pi));

    assertThat(pi).hasPassed("reminderDone");
    assertThat(reminders.count("remindBeforeDue")).isEqualTo(2);
    assertThat(timer(pi, "reminderRearmed")).isNull();
  }

  @Test
  void escalationRepeatsAtTheCalendarsNextDateUntilTheReportIsSigned() {
    ProcessInstance pi = startAndOpen();
    Date next = FakeReminderCalendar.days(48);
    calendar.nextEscalationAt(next);

    execute(job("escalationDue", pi));
    assertThat(pi).isWaitingAt("nextEscalation");
    assertThat(timer(pi, "nextEscalation").getDuedate()).hasSameTimeAs(next);

    execute(job("nextEscalation", pi));
    execute(job("nextEscalation", pi));

    assertThat(reminders.count("escalate")).isEqualTo(3);
    assertThat(pi).isWaitingAt("nextEscalation", "fillReport");

    sign(pi);

    assertThat(pi).isEnded().hasPassed("reportSigned");
    assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).count()).as("no timer left").isZero();
    assertThat(reminders.count("escalate")).isEqualTo(3);
  }

  @Test
  void signingEndsAReminderWaitingForAnExtendedDueDateAndThePendingEscalation() {
    ProcessInstance pi = startAndOpen();
    reminders.nextReminder("TOO_EARLY");
    execute(job("reminderDue", pi));
    execute(job("escalationDue", pi));
    assertThat(pi).isWaitingAt("reminderRearmed", "nextEscalation", "fillReport");

    sign(pi);

    assertThat(pi).isEnded();
    assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).count()).isZero();
  }

  @Test
  void signingBeforeAnyReminderCancelsThemAll() {
    ProcessInstance pi = startAndOpen();

    sign(pi);

    assertThat(pi).isEnded().hasNotPassed("sendReminder", "sendEscalation");
    assertThat(reminders.calls()).isEmpty();
    assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).count()).isZero();
  }

  @Test
  void escalationsStopWhenTheReportIsNoLongerOpen() {
    ProcessInstance pi = startAndOpen();
    reminders.nextEscalation("QUEUED").nextEscalation("CLOSED");

    execute(job("escalationDue", pi));
    execute(job("nextEscalation", pi));

    assertThat(pi).hasPassed("escalationsEnded").isWaitingAt("fillReport");
    assertThat(timer(pi, "nextEscalation")).isNull();
  }

  @Test
  void escalationTimerFiringEarlyAfterAnExtensionKeepsTheLoopWaiting() {
    ProcessInstance pi = startAndOpen();
    reminders.nextEscalation("TOO_EARLY");

    execute(job("escalationDue", pi));

    assertThat(pi).isWaitingAt("nextEscalation").hasNotPassed("escalationsEnded");
  }

  // ---------------------------------------------------------------- helpers

  private ProcessInstance start() {
    return runtimeService().startProcessInstanceByKey("roundReport", "staff-" + staffId, Variables.createVariables()
        .putValue("programId", 1L).putValue("staffId", staffId).putValue("staffUsername", "staff" + staffId)
        .putValue("provinceCode", "50").putValue("groupCode", "G1").putValue("roundId", 7L));
  }

  private static void open(ProcessInstance pi) {
    execute(job("roundOpens", pi));
  }

  private ProcessInstance startAndOpen() {
    ProcessInstance pi = start();
    open(pi);
    assertThat(pi).isWaitingAt("fillReport");
    return pi;
  }

  private static void sign(ProcessInstance pi) {
    complete(task("fillReport", pi));
    complete(task("directorReview", pi), withVariables("decision", "APPROVE"));
    complete(task("officerReview", pi), withVariables("decision", "SIGN"));
  }

  private static Long reportId(ProcessInstance pi) {
    return (Long) runtimeService().getVariable(pi.getId(), "reportId");
  }

  private static Job timer(ProcessInstance pi, String activityId) {
    return managementService().createJobQuery().processInstanceId(pi.getId()).activityId(activityId).timers().singleResult();
  }
}
