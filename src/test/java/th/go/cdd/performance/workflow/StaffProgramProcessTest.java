package th.go.cdd.performance.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/** The {@code staffProgram} model: circular, orientation check-in and one report per round. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {"bpmn/staff-program.bpmn", "bpmn/round-report.bpmn"})
class StaffProgramProcessTest {

  private static final String PROCESS = "staffProgram";

  private FakeRoundCalendar roundCalendar;
  private FakeProgramCalendar programCalendar;
  private FakeReportLifecycle reportLifecycle;

  private long programId;
  private long staffId;
  private String staffUsername;
  private String provinceCode;
  private String groupCode;
  private String businessKey;

  @BeforeEach
  void registerFakesAndCreateData() {
    roundCalendar = new FakeRoundCalendar();
    programCalendar = new FakeProgramCalendar();
    reportLifecycle = new FakeReportLifecycle();
    Mocks.register("roundCalendar", roundCalendar);
    Mocks.register("programCalendar", programCalendar);
    Mocks.register("reportLifecycle", reportLifecycle);
    Mocks.register("reminderCalendar", new FakeReminderCalendar());
    Mocks.register("reminderDelegate", new FakeReminderDelegate());

    ThreadLocalRandom random = ThreadLocalRandom.current();
    programId = random.nextLong(1, 1_000_000);
    staffId = random.nextLong(1, 1_000_000);
    staffUsername = "staff" + staffId;
    provinceCode = "P" + random.nextInt(10, 99);
    groupCode = "G" + random.nextInt(100, 999);
    businessKey = "program-" + programId + "-staff-" + staffId;
  }

  @AfterEach
  void resetFakes() {
    Mocks.reset();
  }

  // ---------------------------------------------------------------- circular and orientation

  @Test
  void enrolmentAsksTheStaffMemberToAcknowledgeTheCircular() {
    ProcessInstance pi = start(true, roundIds(2));

    assertThat(pi).isActive().isWaitingAt("acknowledgeCircular");
    assertThat(task("acknowledgeCircular", pi)).isAssignedTo(staffUsername);

    complete(task("acknowledgeCircular", pi));

    assertThat(pi).hasPassed("circularAcknowledged").isNotEnded();
  }

  @Test
  void staffAttendingTheOrientationGetACheckInTask() {
    ProcessInstance pi = start(true, roundIds(1));

    assertThat(pi).isWaitingAt("checkInOrientation");
    assertThat(task("checkInOrientation", pi)).isAssignedTo(staffUsername);

    complete(task("checkInOrientation", pi));

    assertThat(pi).hasPassed("checkedIn").hasNotPassed("orientationMissed", "orientationNotRequired");
    assertThat(timers(pi, "checkInWindowClosed")).isZero();
  }

  @Test
  void staffNotAttendingTheOrientationGetNoCheckInTask() {
    ProcessInstance pi = start(false, roundIds(1));

    assertThat(pi).hasPassed("orientationNotRequired").isNotWaitingAt("checkInOrientation");
    assertThat(taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("checkInOrientation").count())
        .isZero();
    assertThat(timers(pi, "checkInWindowClosed")).isZero();
    assertThat(pi).isWaitingAt("acknowledgeCircular", "reportingRounds");
  }

  @Test
  void checkInWindowClosingEndsTheCheckInAsMissed() {
    Date closes = Date.from(Instant.now().plus(5, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));
    programCalendar.checkInClosesAt(programId, closes);
    ProcessInstance pi = start(true, roundIds(1));

    assertThat(managementService().createJobQuery().processInstanceId(pi.getId())
        .activityId("checkInWindowClosed").singleResult().getDuedate()).hasSameTimeAs(closes);

    execute(job("checkInWindowClosed", pi));

    assertThat(pi).hasPassed("orientationMissed").hasNotPassed("checkedIn")
        .isNotWaitingAt("checkInOrientation").isNotEnded();
    assertThat(taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("checkInOrientation").count())
        .isZero();
  }

  // ---------------------------------------------------------------- rounds

  @Test
  void fourRoundsStartFourRoundReportsEachWithItsRoundId() {
    List<Long> rounds = roundIds(4);
    ProcessInstance pi = start(true, rounds);

    List<ProcessInstance> children = rounds(pi);
    assertThat(children).hasSize(4);
    assertThat(children).extracting(child -> runtimeService().getVariable(child.getId(), "roundId"))
        .containsExactlyInAnyOrderElementsOf(rounds);
    for (ProcessInstance child : children) {
      assertThat(child).isWaitingAt("roundOpens");
      assertThat(child.getBusinessKey()).isEqualTo(businessKey);
      Map<String, Object> variables = runtimeService().getVariables(child.getId());
      assertThat(variables)
          .containsEntry("programId", programId)
          .containsEntry("staffId", staffId)
          .containsEntry("staffUsername", staffUsername)
          .containsEntry("provinceCode", provinceCode)
          .containsEntry("groupCode", groupCode);
    }
  }

  @Test
  void threeRoundsStartThreeRoundReportsEachWithItsRoundId() {
    List<Long> rounds = roundIds(3);
    ProcessInstance pi = start(false, rounds);

    List<ProcessInstance> children = rounds(pi);
    assertThat(children).hasSize(3);
    assertThat(children).extracting(child -> runtimeService().getVariable(child.getId(), "roundId"))
        .containsExactlyInAnyOrderElementsOf(rounds);
    for (Long roundId : rounds) {
      assertThat(roundCalendar.calls()).contains("opensAt:" + roundId + ":" + staffId);
    }
  }

  @Test
  void roundsDoNotWaitForTheCircularOrTheOrientation() {
    ProcessInstance pi = start(true, roundIds(2));

    assertThat(pi).isWaitingAt("acknowledgeCircular", "checkInOrientation", "reportingRounds");
    assertThat(rounds(pi)).hasSize(2);

    // a round can be opened and signed while circular and check-in are still open
    ProcessInstance first = rounds(pi).get(0);
    signRound(first);
    assertThat(first).isEnded();
    assertThat(pi).isWaitingAt("acknowledgeCircular", "checkInOrientation", "reportingRounds");
  }

  @Test
  void programEndsOnlyAfterAllRoundsAreSignedAndCircularAndCheckInAreDone() {
    ProcessInstance pi = start(true, roundIds(3));
    List<ProcessInstance> children = rounds(pi);

    complete(task("acknowledgeCircular", pi));
    complete(task("checkInOrientation", pi));
    signRound(children.get(0));
    signRound(children.get(1));
    assertThat(pi).isNotEnded().isWaitingAt("reportingRounds");

    signRound(children.get(2));

    for (ProcessInstance child : children) {
      assertThat(child).isEnded().hasPassed("reportSigned");
    }
    assertThat(pi).isEnded()
        .hasPassed("circularAcknowledged", "checkedIn", "allRoundsSigned")
        .hasNotPassed("orientationMissed", "orientationNotRequired");
    assertThat(reportLifecycle.calls()).filteredOn(c -> c.startsWith("markSigned:")).hasSize(3);
  }

  @Test
  void programEndsWhenRoundsAreSignedBeforeTheCircularIsAcknowledged() {
    ProcessInstance pi = start(false, roundIds(2));

    for (ProcessInstance child : rounds(pi)) {
      signRound(child);
    }
    assertThat(pi).hasPassed("allRoundsSigned").isNotEnded().isWaitingAt("acknowledgeCircular");

    complete(task("acknowledgeCircular", pi));

    assertThat(pi).isEnded();
  }

  // ---------------------------------------------------------------- participation ended

  @Test
  void participationEndedCancelsOpenWorkAndTheRoundsWithdrawsTheReportsAndEndsTheProgram() {
    ProcessInstance pi = start(true, roundIds(3));
    List<ProcessInstance> children = rounds(pi);
    signRound(children.get(0));
    execute(job("roundOpens", children.get(1)));
    assertThat(task("fillReport", children.get(1))).isNotNull();

    runtimeService().createMessageCorrelation("participationEnded").processInstanceId(pi.getId())
        .setVariable("participationEnd", "2022-01-31").correlate();

    assertThat(pi).isEnded().hasPassed("withdrawOpenReports", "programEndedEarly").hasNotPassed("allRoundsSigned");
    assertThat(children.get(0)).isEnded().hasPassed("reportSigned");
    assertThat(children.get(1)).isEnded().hasNotPassed("reportSigned");
    assertThat(children.get(2)).isEnded().hasNotPassed("openReport");
    assertThat(taskQuery().processInstanceBusinessKey(businessKey).count()).as("no task left: circular, check-in, report").isZero();
    assertThat(managementService().createJobQuery().processInstanceId(children.get(2).getId()).count()).as("no timer left").isZero();
    assertThat(reportLifecycle.calls()).containsOnlyOnce("withdrawOpenReports:staff" + staffId);
  }

  @Test
  void participationEndedIsIgnoredByAProgramThatHasAlreadyEnded() {
    ProcessInstance pi = start(false, roundIds(1));
    complete(task("acknowledgeCircular", pi));
    signRound(rounds(pi).get(0));
    assertThat(pi).isEnded();

    assertThat(runtimeService().createMessageCorrelation("participationEnded").processInstanceId(pi.getId()).correlateAllWithResult())
        .isEmpty();
    assertThat(reportLifecycle.calls()).noneMatch(c -> c.startsWith("withdrawOpenReports"));
  }

  // ---------------------------------------------------------------- helpers

  private ProcessInstance start(boolean attendsOrientation, List<Long> roundIds) {
    Map<String, Object> variables = Variables.createVariables()
        .putValue("programId", programId)
        .putValue("staffId", staffId)
        .putValue("staffUsername", staffUsername)
        .putValue("provinceCode", provinceCode)
        .putValue("groupCode", groupCode)
        .putValue("roundIds", roundIds)
        .putValue("attendsOrientation", attendsOrientation);
    return runtimeService().startProcessInstanceByKey(PROCESS, businessKey, variables);
  }

  private static List<Long> roundIds(int count) {
    long first = ThreadLocalRandom.current().nextLong(1, 1_000_000);
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ids.add(first + i);
    }
    return ids;
  }

  private static List<ProcessInstance> rounds(ProcessInstance pi) {
    return runtimeService().createProcessInstanceQuery()
        .superProcessInstanceId(pi.getId())
        .processDefinitionKey("roundReport")
        .list();
  }

  private static void signRound(ProcessInstance round) {
    execute(job("roundOpens", round));
    complete(task("fillReport", round));
    complete(task("directorReview", round), withVariables("decision", "APPROVE"));
    complete(task("officerReview", round), withVariables("decision", "SIGN"));
  }

  private static long timers(ProcessInstance pi, String activityId) {
    return managementService().createJobQuery()
        .processInstanceId(pi.getId()).activityId(activityId).count();
  }
}
