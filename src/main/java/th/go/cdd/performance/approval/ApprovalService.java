package th.go.cdd.performance.approval;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import th.go.cdd.performance.people.Duties;
import th.go.cdd.performance.people.People;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.report.CanonicalForm;
import th.go.cdd.performance.report.EvidenceFile;
import th.go.cdd.performance.report.Report;
import th.go.cdd.performance.report.ReportSubmission;
import th.go.cdd.performance.access.AccessPolicy;
import th.go.cdd.performance.shared.BusinessException;
import th.go.cdd.performance.shared.PlainText;
import th.go.cdd.performance.shared.ThaiDates;

/**
 * The steps of the chain. Each method is one transaction: the report row is locked first, so two
 * people acting on the same report at once are serialised; the second finds the step done and is
 * told who did it. The signature, the report's new state and the task completion commit together.
 * Who may act is decided with {@link Duties}: a substitute acts for the principals they stand in for
 * today and their signature names the principal; an approver to whom an administrator reassigned a
 * task acts on it although it left the candidate group.
 */
@Stateless
public class ApprovalService {
  public static final int MAX_COMMENT = 2000;

  @PersistenceContext private EntityManager em;
  @Inject private Seals seals;
  @Inject private TaskService tasks;
  @Inject private RuntimeService runtime;
  @Inject private People people;
  @Inject private Duties duties;
  @Inject private Clock clock;

  /** The staff member certifies the report as true and sends it to the group director. */
  public Signature submit(String username, long reportId) {
    Person user = people.byUsername(username);
    Report report = lock(reportId);
    AccessPolicy.requireOwn(user, report);
    if (!report.isEditable()) {
      throw alreadyHandled(report);
    }
    Instant now = now();
    // a task lookup that fails after this rolls the new number back with the transaction
    int number = report.certify(now);
    ApprovalStep step = ApprovalStep.STAFF;
    Task task = task(report, step.taskKey());
    List<EvidenceFile> evidence = em.createNamedQuery("EvidenceFile.findByReport", EvidenceFile.class)
        .setParameter("report", report).getResultList();
    ReportSubmission submission = new ReportSubmission(report, number, CanonicalForm.of(report, number, evidence), now);
    em.persist(submission);
    Signature signature = sign(report, submission, step.signatureStep(), step.forward(), user, now, null);
    tasks.complete(task.getId());
    return signature;
  }

  /** Until the group director acts, the staff member may take the report back to edit it. */
  public void recall(String username, long reportId) {
    Person user = people.byUsername(username);
    Report report = lock(reportId);
    AccessPolicy.requireOwn(user, report);
    ApprovalStep step = ApprovalStep.waitingAt(report.getStatus()).filter(ApprovalStep::isRecallable)
        .orElseThrow(() -> new BusinessException("report.cannotRecall"));
    runtime.createMessageCorrelation(step.recallEvent())
        .processInstanceId(report.getProcessInstanceId())
        .setVariable(Decision.VARIABLE, Decision.RECALL.name())
        .correlate();
    report.touch(now());
  }

  /**
   * The group director approves or returns; the provincial officer signs or returns. The approver
   * signs the submitted version they read: if the staff member recalled and resubmitted since, the
   * decision is refused so that nobody signs a version they never saw.
   */
  public Signature decide(String username, long reportId, int seenSubmission, Decision decision, String comment) {
    Person user = people.byUsername(username);
    Report report = lock(reportId);
    List<Person> principals = duties.principalsOf(user);
    AccessPolicy.requireSee(user, report, principals);
    AccessPolicy.requireApprover(user);
    if (report.getStaff().getId().equals(user.getId())) {
      throw new BusinessException("approval.ownReport");
    }
    // the step is the one the report waits at; whether this user may take it is the entitlement's
    // question (own candidate group, assigned task, or standing in for a principal today)
    ApprovalStep step = ApprovalStep.approverAt(report.getStatus()).orElseThrow(() -> alreadyHandled(report));
    Task task = task(report, step.taskKey());
    Entitlement entitlement = entitlement(user, principals, report, task.getAssignee());
    if (entitlement.claimedBy() != null) {
      throw new BusinessException("task.claimedBy", entitlement.claimedBy());
    }
    if (!entitlement.allowed()) {
      throw alreadyHandled(report);
    }
    if (!step.allowsHolder(decision)) {
      throw new BusinessException("approval.invalidDecision");
    }
    String trimmed = PlainText.clean(comment);
    if (decision == Decision.RETURN && trimmed.isEmpty()) {
      throw new BusinessException("approval.commentRequired");
    }
    if (trimmed.length() > MAX_COMMENT) {
      throw new BusinessException("input.tooLong", MAX_COMMENT);
    }
    ReportSubmission submission = latestSubmission(report);
    if (submission.getNumber() != seenSubmission) {
      throw new BusinessException("report.changedSinceOpened");
    }
    if (step == ApprovalStep.OFFICER && approvedThisVersion(report, submission, user)) {
      // an acting officer (a director standing in) does not sign what they approved as director
      throw new BusinessException("approval.sameSigner");
    }
    Instant now = now();
    Signature signature = sign(report, submission, step.signatureStep(), decision, user, entitlement.onBehalfOf(), now,
        trimmed.isEmpty() ? null : trimmed);
    if (decision == Decision.RETURN) {
      report.returned(trimmed, user.getDisplayName());
    }
    tasks.complete(task.getId(), Map.of(Decision.VARIABLE, decision.name()));
    report.touch(now);
    return signature;
  }

  /**
   * Whether the user may act on the approver's task now, and for whom: by their own right (their
   * candidate group, or the task is assigned to them), or standing in for a principal today.
   */
  record Entitlement(boolean allowed, Person onBehalfOf, String claimedBy) {
    static final Entitlement NONE = new Entitlement(false, null, null);
  }

  private static Entitlement entitlement(Person user, List<Person> principals, Report report, String taskAssignee) {
    if (taskAssignee != null) {
      if (taskAssignee.equals(user.getUsername())) {
        return new Entitlement(true, null, null);
      }
      for (Person p : principals) {
        if (taskAssignee.equals(p.getUsername())) {
          return new Entitlement(true, p, null);
        }
      }
      // claimed by another member of the group, or given to another person by an administrator
      return new Entitlement(false, null, taskAssignee);
    }
    String group = report.getPendingGroup();
    if (group == null) {
      return Entitlement.NONE;
    }
    if (user.candidateGroups().contains(group)) {
      return new Entitlement(true, null, null);
    }
    for (Person p : principals) {
      if (p.candidateGroups().contains(group)) {
        return new Entitlement(true, p, null);
      }
    }
    return Entitlement.NONE;
  }

  /** A group task taken by one approver: others still see it, marked as taken. */
  public void claim(String username, long reportId) {
    Person user = people.byUsername(username);
    Report report = lock(reportId);
    List<Person> principals = duties.principalsOf(user);
    AccessPolicy.requireSee(user, report, principals);
    if (report.getPendingGroup() == null || !Duties.groupsOf(user, principals).contains(report.getPendingGroup())) {
      throw alreadyHandled(report);
    }
    Task task = task(report, approverStep(report).taskKey());
    if (task.getAssignee() != null && !task.getAssignee().equals(username)) {
      throw new BusinessException("task.claimedBy", task.getAssignee());
    }
    tasks.setAssignee(task.getId(), username);
    report.claimBy(username);
  }

  /** The step this user may act on now for the report, or null. */
  public SignatureStep actionableStep(String username, Report report) {
    Person user = people.byUsername(username);
    return actionableStep(user, duties.principalsOf(user), report);
  }

  /**
   * The step the user (with the principals they stand in for today) may act on now, or null: the
   * report waits at an approver's step, in one of their groups or handed to one of them, and is not
   * their own. The page asks this once it has read the report ({@link ReportReading}).
   */
  public static SignatureStep actionableStep(Person user, List<Person> principals, Report report) {
    if (!AccessPolicy.maySee(user, report, principals) || report.getStaff().getId().equals(user.getId())) {
      return null;
    }
    if (!AccessPolicy.isApprover(user) || !AccessPolicy.reach(user, principals).holds(report.getPendingGroup(), report.getPendingAssignee())) {
      return null;
    }
    return ApprovalStep.approverAt(report.getStatus()).map(ApprovalStep::signatureStep).orElse(null);
  }

  /**
   * The principal this user would act for on the report now (they stand in for them today), or
   * null when they act by their own right or cannot act; for the page to say so before signing.
   */
  public Person actingFor(String username, Report report) {
    Person user = people.byUsername(username);
    return actingFor(user, duties.principalsOf(user), report);
  }

  public static Person actingFor(Person user, List<Person> principals, Report report) {
    return entitlement(user, principals, report, report.getPendingAssignee()).onBehalfOf();
  }

  private boolean approvedThisVersion(Report report, ReportSubmission submission, Person user) {
    return em.createNamedQuery("Signature.findByReport", Signature.class).setParameter("report", report).getResultList().stream()
        .anyMatch(s -> s.getSubmission().getId().equals(submission.getId()) && s.getStep() == SignatureStep.DIRECTOR
            && s.getSigner().getId().equals(user.getId()));
  }

  public List<Signature> history(String username, long reportId) {
    Person user = people.byUsername(username);
    Report report = em.find(Report.class, reportId);
    AccessPolicy.requireSee(user, report, duties.principalsOf(user));
    return em.createNamedQuery("Signature.findByReport", Signature.class).setParameter("report", report).getResultList();
  }

  private Signature sign(Report report, ReportSubmission submission, SignatureStep step, Decision decision, Person signer, Instant now,
      String comment) {
    return sign(report, submission, step, decision, signer, null, now, comment);
  }

  private Signature sign(Report report, ReportSubmission submission, SignatureStep step, Decision decision, Person signer, Person onBehalfOf,
      Instant now, String comment) {
    List<Signature> previous = em.createNamedQuery("Signature.findByReport", Signature.class).setParameter("report", report).getResultList();
    String previousHash = previous.isEmpty() ? null : previous.get(previous.size() - 1).getHash();
    String hash = CanonicalForm.signatureHash(submission.getCanonicalForm(), previousHash, step.name(), decision.name(), signer.getUsername(),
        onBehalfOf == null ? null : onBehalfOf.getUsername(), now.toString(), comment);
    Signature signature = new Signature(report, submission, previous.size() + 1, step, decision, signer, onBehalfOf, now, comment, hash, previousHash,
        CanonicalForm.FORMAT_VERSION);
    signature.sealWith(seals.seal(hash));
    em.persist(signature);
    return signature;
  }

  /** Milliseconds: what both databases keep of a timestamp, so a hash over it can be recomputed from the row. */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  /** The claimer gives a group task back to the group. */
  public void release(String username, long reportId) {
    Report report = lock(reportId);
    Person user = people.byUsername(username);
    AccessPolicy.requireSee(user, report, duties.principalsOf(user));
    if (!username.equals(report.getPendingAssignee()) || report.getPendingGroup() == null) {
      throw alreadyHandled(report);
    }
    Task task = task(report, approverStep(report).taskKey());
    tasks.setAssignee(task.getId(), null);
    report.release();
  }

  /**
   * The approver's step the report waits at. Claim and release check a pending group first, which
   * only an approver's step has; should the status disagree, the step is refused as handled.
   */
  private ApprovalStep approverStep(Report report) {
    return ApprovalStep.approverAt(report.getStatus()).orElseThrow(() -> alreadyHandled(report));
  }

  private Report lock(long reportId) {
    return em.find(Report.class, reportId, LockModeType.PESSIMISTIC_WRITE);
  }

  private Task task(Report report, String taskKey) {
    Task task = tasks.createTaskQuery().processInstanceId(report.getProcessInstanceId()).taskDefinitionKey(taskKey).singleResult();
    if (task == null) {
      throw alreadyHandled(report);
    }
    return task;
  }

  private ReportSubmission latestSubmission(Report report) {
    return em.createQuery("select s from ReportSubmission s where s.report = :r order by s.number desc", ReportSubmission.class)
        .setParameter("r", report).setMaxResults(1).getSingleResult();
  }

  /** "Already handled by …": names the last person who acted on the report. */
  private BusinessException alreadyHandled(Report report) {
    if (report.isEditable()) {
      return new BusinessException("task.backWithStaff");
    }
    List<Signature> done = em.createNamedQuery("Signature.findByReport", Signature.class).setParameter("report", report).getResultList();
    if (done.isEmpty()) {
      return new BusinessException("task.alreadyHandled");
    }
    Signature last = done.get(done.size() - 1);
    return new BusinessException("task.alreadyHandledBy", last.getSigner().getDisplayName(), ThaiDates.format(last.getSignedAt()));
  }
}
