package th.go.cdd.performance.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/** The {@code roundReport} model, started directly: one staff member's report for one round. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "bpmn/round-report.bpmn")
class RoundReportProcessTest {

  private static final String PROCESS = "roundReport";

  private FakeRoundCalendar roundCalendar;
  private FakeReportLifecycle reportLifecycle;

  private long programId;
  private long staffId;
  private long roundId;
  private String staffUsername;
  private String provinceCode;
  private String groupCode;

  @BeforeEach
  void registerFakesAndCreateData() {
    roundCalendar = new FakeRoundCalendar();
    reportLifecycle = new FakeReportLifecycle();
    Mocks.register("roundCalendar", roundCalendar);
    Mocks.register("reportLifecycle", reportLifecycle);
    // the reminder paths (ReminderPathsProcessTest) only need to be there
    Mocks.register("reminderCalendar", new FakeReminderCalendar());
    Mocks.register("reminderDelegate", new FakeReminderDelegate());

    ThreadLocalRandom random = ThreadLocalRandom.current();
    programId = random.nextLong(1, 1_000_000);
    staffId = random.nextLong(1, 1_000_000);
    roundId = random.nextLong(1, 1_000_000);
    staffUsername = "staff" + staffId;
    provinceCode = "P" + random.nextInt(10, 99);
    groupCode = "G" + random.nextInt(100, 999);
  }

  @AfterEach
  void resetFakes() {
    Mocks.reset();
  }

  // ---------------------------------------------------------------- opening

  @Test
  void waitsForTheRoundToOpenBeforeOpeningTheReport() {
    ProcessInstance pi = start();

    assertThat(pi).isWaitingAt("roundOpens");
    assertThat(reportLifecycle.calls()).isEmpty();
    assertThat(runtimeService().getVariable(pi.getId(), "reportId")).isNull();

    execute(job("roundOpens", pi));

    assertThat(pi).hasPassed("roundOpens", "openReport").isWaitingAt("fillReport");
    Long reportId = reportId(pi);
    assertThat(reportId).isNotNull();
    assertThat(reportLifecycle.calls()).containsExactly("open:" + reportId, "awaitStaff:" + reportId);
  }

  @Test
  void timersUseTheDatesOfTheRoundCalendar() {
    Date opens = secondsPrecision(Instant.now().plus(3, ChronoUnit.DAYS));
    Date overdue = secondsPrecision(Instant.now().plus(33, ChronoUnit.DAYS));
    roundCalendar.opensAt(roundId, opens).overdueFrom(roundId, overdue);

    ProcessInstance pi = start();
    assertThat(timer(pi, "roundOpens").getDuedate()).hasSameTimeAs(opens);
    assertThat(roundCalendar.calls()).contains("opensAt:" + roundId + ":" + staffId);

    execute(job("roundOpens", pi));

    assertThat(timer(pi, "dueDatePassed").getDuedate()).hasSameTimeAs(overdue);
    assertThat(roundCalendar.calls()).contains("overdueFrom:" + roundId + ":" + staffId);
  }

  @Test
  void tasksGoToTheStaffMemberTheGroupDirectorAndTheProvincialOfficer() {
    ProcessInstance pi = startAndOpen();

    assertThat(task("fillReport", pi)).isAssignedTo(staffUsername);
    complete(task("fillReport", pi));

    assertThat(task("directorReview", pi))
        .hasCandidateGroup("director:" + provinceCode + ":" + groupCode)
        .isNotAssigned();
    complete(task("directorReview", pi), withVariables("decision", "APPROVE"));

    assertThat(task("officerReview", pi))
        .hasCandidateGroup("officer:" + provinceCode)
        .isNotAssigned();
  }

  // ---------------------------------------------------------------- sign-off paths

  @Test
  void happyPathFillApproveSignEndsSigned() {
    ProcessInstance pi = startAndOpen();
    Long reportId = reportId(pi);

    fill(pi);
    assertThat(pi).isWaitingAt("directorReview");
    approve(pi);
    assertThat(pi).isWaitingAt("officerReview");
    sign(pi);

    assertThat(pi).hasPassedInOrder("openReport", "fillReport", "directorReview", "officerReview",
        "signOffDone", "closeReport", "reportSigned");
    assertThat(pi).isEnded().hasNotPassed("markOverdue");
    assertThat(reportLifecycle.callsFor(reportId)).containsExactly(
        "open:" + reportId,
        "awaitStaff:" + reportId,
        "awaitDirector:" + reportId,
        "awaitOfficer:" + reportId,
        "markSigned:" + reportId);
  }

  @Test
  void directorReturnSendsTheReportBackToTheStaffMember() {
    ProcessInstance pi = startAndOpen();
    Long reportId = reportId(pi);

    fill(pi);
    complete(task("directorReview", pi), withVariables("decision", "RETURN"));

    assertThat(pi).isWaitingAt("fillReport");
    assertThat(task("fillReport", pi)).isAssignedTo(staffUsername);
    assertThat(reportLifecycle.count("awaitStaff", reportId)).isEqualTo(2);
    assertThat(reportLifecycle.count("awaitOfficer", reportId)).isZero();

    fill(pi);
    assertThat(pi).isWaitingAt("directorReview");
    approve(pi);
    sign(pi);

    assertThat(pi).isEnded().hasPassed("reportSigned");
    assertThat(reportLifecycle.callsFor(reportId)).containsExactly(
        "open:" + reportId,
        "awaitStaff:" + reportId,
        "awaitDirector:" + reportId,
        "awaitStaff:" + reportId,
        "awaitDirector:" + reportId,
        "awaitOfficer:" + reportId,
        "markSigned:" + reportId);
  }

  @Test
  void officerReturnSendsTheReportBackAndTheResubmissionGoesThroughDirectorAndOfficerAgain() {
    ProcessInstance pi = startAndOpen();
    Long reportId = reportId(pi);

    fill(pi);
    approve(pi);
    complete(task("officerReview", pi), withVariables("decision", "RETURN"));

    assertThat(pi).isWaitingAt("fillReport");
    assertThat(reportLifecycle.count("awaitStaff", reportId)).isEqualTo(2);
    assertThat(reportLifecycle.count("markSigned", reportId)).isZero();

    fill(pi);
    assertThat(pi).isWaitingAt("directorReview");
    approve(pi);
    assertThat(pi).isWaitingAt("officerReview");
    sign(pi);

    assertThat(pi).isEnded().hasPassed("reportSigned");
    assertThat(reportLifecycle.callsFor(reportId)).containsExactly(
        "open:" + reportId,
        "awaitStaff:" + reportId,
        "awaitDirector:" + reportId,
        "awaitOfficer:" + reportId,
        "awaitStaff:" + reportId,
        "awaitDirector:" + reportId,
        "awaitOfficer:" + reportId,
        "markSigned:" + reportId);
  }

  @Test
  void recallWhileTheDirectorReviewsSendsTheReportBackToTheStaffMember() {
    ProcessInstance pi = startAndOpen();
    Long reportId = reportId(pi);

    fill(pi);
    assertThat(pi).isWaitingAt("directorReview");
    recall(pi);

    assertThat(pi).isWaitingAt("fillReport").hasPassed("reportRecalled");
    assertThat(pi).isNotWaitingAt("directorReview");
    assertThat(runtimeService().getVariable(pi.getId(), "decision")).isEqualTo("RECALL");
    assertThat(reportLifecycle.count("awaitStaff", reportId)).isEqualTo(2);

    fill(pi);
    approve(pi);
    sign(pi);

    assertThat(pi).isEnded().hasPassed("reportSigned");
    assertThat(reportLifecycle.count("awaitDirector", reportId)).isEqualTo(2);
    assertThat(reportLifecycle.count("markSigned", reportId)).isEqualTo(1);
  }

  @Test
  void recallIsOnlyPossibleWhileTheDirectorReviews() {
    ProcessInstance pi = startAndOpen();

    assertThatThrownBy(() -> recall(pi)).isInstanceOf(MismatchingMessageCorrelationException.class);
    assertThat(pi).isWaitingAt("fillReport");

    fill(pi);
    approve(pi);
    assertThatThrownBy(() -> recall(pi)).isInstanceOf(MismatchingMessageCorrelationException.class);
    assertThat(pi).isWaitingAt("officerReview");
  }

  // ---------------------------------------------------------------- overdue

  @Test
  void dueDateMarksTheReportOverdueOnceAndItStaysOpenForTheStaffMember() {
    ProcessInstance pi = startAndOpen();
    Long reportId = reportId(pi);

    execute(job("dueDatePassed", pi));

    assertThat(pi).isNotEnded().hasPassed("markOverdue", "overdueMarked").isWaitingAt("fillReport");
    assertThat(task("fillReport", pi)).isAssignedTo(staffUsername);
    assertThat(reportLifecycle.count("markOverdue", reportId)).isEqualTo(1);
    assertThat(timer(pi, "dueDatePassed")).isNull();

    fill(pi);
    approve(pi);
    sign(pi);

    assertThat(pi).isEnded().hasPassed("reportSigned");
    assertThat(reportLifecycle.count("markOverdue", reportId)).isEqualTo(1);
    assertThat(reportLifecycle.count("markSigned", reportId)).isEqualTo(1);
  }

  @Test
  void dueDatePassingDuringDirectorReviewKeepsTheReportAtDirectorReview() {
    ProcessInstance pi = startAndOpen();
    Long reportId = reportId(pi);
    fill(pi);

    execute(job("dueDatePassed", pi));

    assertThat(pi).isNotEnded().hasPassed("markOverdue").isWaitingAt("directorReview");
    assertThat(reportLifecycle.count("markOverdue", reportId)).isEqualTo(1);

    complete(task("directorReview", pi), withVariables("decision", "RETURN"));
    fill(pi);
    approve(pi);
    sign(pi);

    assertThat(pi).isEnded().hasPassed("reportSigned");
    assertThat(reportLifecycle.count("markOverdue", reportId)).isEqualTo(1);
    assertThat(reportLifecycle.count("markSigned", reportId)).isEqualTo(1);
    assertThat(reportLifecycle.calls().get(reportLifecycle.calls().size() - 1))
        .isEqualTo("markSigned:" + reportId);
  }

  @Test
  void signingBeforeTheDueDateCancelsTheOverdueTimer() {
    ProcessInstance pi = startAndOpen();
    Long reportId = reportId(pi);
    assertThat(timer(pi, "dueDatePassed")).isNotNull();

    fill(pi);
    approve(pi);
    sign(pi);

    assertThat(pi).isEnded();
    assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).count()).isZero();
    assertThat(reportLifecycle.count("markOverdue", reportId)).isZero();
  }

  // ---------------------------------------------------------------- due date extended

  @Test
  void anExtensionAfterTheDueDatePassedArmsANewOverdueTimerAtTheNewDate() {
    ProcessInstance pi = startAndOpen();
    Long reportId = reportId(pi);
    execute(job("dueDatePassed", pi));
    Date extended = secondsPrecision(Instant.now().plus(20, ChronoUnit.DAYS));
    roundCalendar.overdueFrom(roundId, extended);

    runtimeService().createMessageCorrelation("dueDateExtended").processInstanceId(pi.getId()).correlate();

    assertThat(pi).isWaitingAt("fillReport", "extendedDueDatePassed");
    assertThat(timer(pi, "extendedDueDatePassed").getDuedate()).hasSameTimeAs(extended);
    execute(job("extendedDueDatePassed", pi));
    assertThat(pi).hasPassed("markOverdueAgain").isWaitingAt("fillReport");
    assertThat(reportLifecycle.count("markOverdue", reportId)).isEqualTo(2);
  }

  @Test
  void signingEndsTheReportEvenWhileAnExtendedDueDateTimerIsPending() {
    ProcessInstance pi = startAndOpen();
    execute(job("dueDatePassed", pi));
    runtimeService().createMessageCorrelation("dueDateExtended").processInstanceId(pi.getId()).correlate();
    assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).activityId("extendedDueDatePassed").count()).isEqualTo(1);

    fill(pi);
    approve(pi);
    sign(pi);

    assertThat(pi).isEnded().hasPassed("reportSigned").hasNotPassed("markOverdueAgain");
    assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).count()).isZero();
  }

  // ---------------------------------------------------------------- helpers

  private ProcessInstance start() {
    Map<String, Object> variables = Variables.createVariables()
        .putValue("programId", programId)
        .putValue("staffId", staffId)
        .putValue("staffUsername", staffUsername)
        .putValue("provinceCode", provinceCode)
        .putValue("groupCode", groupCode)
        .putValue("roundId", roundId);
    return runtimeService().startProcessInstanceByKey(PROCESS, "staff-" + staffId, variables);
  }

  private ProcessInstance startAndOpen() {
    ProcessInstance pi = start();
    execute(job("roundOpens", pi));
    assertThat(pi).isWaitingAt("fillReport");
    return pi;
  }

  private static Long reportId(ProcessInstance pi) {
    return (Long) runtimeService().getVariable(pi.getId(), "reportId");
  }

  private static void fill(ProcessInstance pi) {
    complete(task("fillReport", pi));
  }

  private static void approve(ProcessInstance pi) {
    complete(task("directorReview", pi), withVariables("decision", "APPROVE"));
  }

  private static void sign(ProcessInstance pi) {
    complete(task("officerReview", pi), withVariables("decision", "SIGN"));
  }

  private static void recall(ProcessInstance pi) {
    runtimeService().createMessageCorrelation("reportRecalled")
        .processInstanceId(pi.getId())
        .setVariable("decision", "RECALL")
        .correlate();
  }

  private static Job timer(ProcessInstance pi, String activityId) {
    return managementService().createJobQuery()
        .processInstanceId(pi.getId()).activityId(activityId).timers().singleResult();
  }

  private static long timers(ProcessInstance pi) {
    return managementService().createJobQuery().processInstanceId(pi.getId()).timers().count();
  }

  private static Date secondsPrecision(Instant instant) {
    return Date.from(instant.truncatedTo(ChronoUnit.SECONDS));
  }
}
