package th.go.cdd.performance.approval;

import java.util.List;
import java.util.Optional;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.people.Role;
import th.go.cdd.performance.report.ReportStatus;

/**
 * The steps of a report's sign-off (the {@code signOff} sub-process of {@code bpmn/round-report.bpmn}):
 * the staff member fills and certifies, the group director approves, the provincial officer signs.
 * This is the single source of the step mapping: for each step the user task it is in the model,
 * the statuses a report waiting there has, the role that acts, how its candidate group is named,
 * the step its signature records and the decisions that end it. Services, lists, reminders and
 * pages ask it instead of spelling task keys or status switches themselves, so a step cannot mean
 * one thing in the inbox and another in the reminders. {@code ApprovalStepTest} reads the BPMN
 * file and fails when a task id, event id or candidate-group expression named here is not in the
 * model, or when the model gains a user task this type does not name.
 */
public enum ApprovalStep {
  STAFF("fillReport", null, Role.STAFF, SignatureStep.STAFF, List.of(Decision.CERTIFY), ReportStatus.DRAFT, ReportStatus.RETURNED),
  /** The staff member may recall the report while it waits here: the director has not acted yet. */
  DIRECTOR("directorReview", "reportRecalled", Role.DIRECTOR, SignatureStep.DIRECTOR,
      List.of(Decision.APPROVE, Decision.RETURN, Decision.RECALL), ReportStatus.WITH_DIRECTOR),
  OFFICER("officerReview", null, Role.OFFICER, SignatureStep.OFFICER, List.of(Decision.SIGN, Decision.RETURN), ReportStatus.WITH_OFFICER);

  /** The process definition key of one staff member's report for one round. */
  public static final String PROCESS = "roundReport";

  /** The timer that opens the report; an extension of the due date must not move it. */
  public static final String ROUND_OPENS = "roundOpens";

  /**
   * The message (and the boundary event it reaches) that arms a new overdue timer when the due
   * date is extended after it had passed.
   */
  public static final String DUE_DATE_EXTENDED = "dueDateExtended";

  private final String taskKey;
  private final String recallEvent;
  private final Role role;
  private final SignatureStep signatureStep;
  private final List<Decision> decisions;
  private final List<ReportStatus> statuses;

  ApprovalStep(String taskKey, String recallEvent, Role role, SignatureStep signatureStep, List<Decision> decisions,
      ReportStatus... statuses) {
    this.taskKey = taskKey;
    this.recallEvent = recallEvent;
    this.role = role;
    this.signatureStep = signatureStep;
    this.decisions = decisions;
    this.statuses = List.of(statuses);
  }

  /** The step a report in this status waits at; empty once nobody acts on it (signed, withdrawn, or no report). */
  public static Optional<ApprovalStep> waitingAt(ReportStatus status) {
    if (status == null) {
      return Optional.empty();
    }
    for (ApprovalStep step : values()) {
      if (step.statuses.contains(status)) {
        return Optional.of(step);
      }
    }
    return Optional.empty();
  }

  /** The approver's step a report in this status waits at; empty while the staff member holds it or it is closed. */
  public static Optional<ApprovalStep> approverAt(ReportStatus status) {
    return waitingAt(status).filter(ApprovalStep::isApprover);
  }

  /** The step whose user task has this task definition key, if any. */
  public static Optional<ApprovalStep> ofTaskKey(String taskKey) {
    for (ApprovalStep step : values()) {
      if (step.taskKey.equals(taskKey)) {
        return Optional.of(step);
      }
    }
    return Optional.empty();
  }

  /** The step that records this kind of signature. */
  public static ApprovalStep of(SignatureStep signatureStep) {
    for (ApprovalStep step : values()) {
      if (step.signatureStep == signatureStep) {
        return step;
      }
    }
    throw new IllegalArgumentException(String.valueOf(signatureStep));
  }

  /**
   * The approver's step whose candidate groups are named like this one (a pending group read back
   * from a report), with its parts: {@code [province]} or {@code [province, group]}.
   */
  public static Optional<CandidateGroup> ofCandidateGroup(String candidateGroup) {
    if (candidateGroup == null) {
      return Optional.empty();
    }
    String[] parts = candidateGroup.split(":");
    if (parts.length == 3 && candidateGroup.equals(DIRECTOR.candidateGroup(parts[1], parts[2]))) {
      return Optional.of(new CandidateGroup(DIRECTOR, parts[1], parts[2]));
    }
    if (parts.length == 2 && candidateGroup.equals(OFFICER.candidateGroup(parts[1], null))) {
      return Optional.of(new CandidateGroup(OFFICER, parts[1], null));
    }
    return Optional.empty();
  }

  /** A candidate group taken apart: the step it belongs to, the province, and (for a director) the work group. */
  public record CandidateGroup(ApprovalStep step, String provinceCode, String groupCode) {}

  /** The id of the user task in the model, which is also the task definition key of its tasks. */
  public String taskKey() {
    return taskKey;
  }

  /**
   * The candidate group the step's task is offered to, for a staff member of this province and
   * work group; null for the staff member's own step (it is assigned to them by name). The names
   * are built by {@link Person}, because a person's own groups are built from the same rule there
   * and the people package cannot see this one; the test holds them equal to the model's
   * {@code camunda:candidateGroups} expressions.
   */
  public String candidateGroup(String provinceCode, String groupCode) {
    return switch (this) {
      case STAFF -> null;
      case DIRECTOR -> Person.directorGroup(provinceCode, groupCode);
      case OFFICER -> Person.officerGroup(provinceCode);
    };
  }

  /** The boundary event (and message name) by which the staff member takes the report back from this step; null where they cannot. */
  public String recallEvent() {
    return recallEvent;
  }

  /** Whether the staff member may still recall the report while it waits here. */
  public boolean isRecallable() {
    return decisions.contains(Decision.RECALL);
  }

  public Role role() {
    return role;
  }

  public SignatureStep signatureStep() {
    return signatureStep;
  }

  /** Every decision that ends the step, the staff member's recall included where they may recall. */
  public List<Decision> decisions() {
    return decisions;
  }

  /** Whether the one who holds the step may decide this (a recall is the staff member's, never the holder's). */
  public boolean allowsHolder(Decision decision) {
    return decision != Decision.RECALL && decisions.contains(decision);
  }

  /** The decision that moves the report on: certify, approve, sign. */
  public Decision forward() {
    return decisions.get(0);
  }

  /** The statuses a report waiting at this step has. */
  public List<ReportStatus> statuses() {
    return statuses;
  }

  /** Whether an approver (not the staff member) acts at this step. */
  public boolean isApprover() {
    return this != STAFF;
  }
}
