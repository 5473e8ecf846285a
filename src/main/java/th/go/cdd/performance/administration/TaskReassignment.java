package th.go.cdd.performance.administration;

import th.go.cdd.performance.access.AccessPolicy;
import th.go.cdd.performance.audit.AuditTarget;
import th.go.cdd.performance.audit.AuditLog;
import th.go.cdd.performance.audit.AuditAction;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import th.go.cdd.performance.approval.ApprovalStep;
import th.go.cdd.performance.people.People;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.people.Role;
import th.go.cdd.performance.report.Report;
import th.go.cdd.performance.shared.BusinessException;

/**
 * An administrator hands an approver's task to another eligible person: a director's review to a
 * group director of the report's province, an officer's signature to a provincial officer of that
 * province. The Camunda task is assigned to that person and leaves its candidate group, the report
 * mirrors it, and the act is audited, all in one transaction.
 */
@Stateless
public class TaskReassignment {
  @PersistenceContext private EntityManager em;
  @Inject private People people;
  @Inject private TaskService tasks;
  @Inject private AuditLog audit;

  /** Reassigns one report's waiting approver task. */
  public void reassign(String adminUsername, long reportId, String toUsername, String reason) {
    Person admin = AccessPolicy.requireAdministrator(people.byUsername(adminUsername));
    String why = Reasons.require(reason);
    Person to = target(toUsername);
    Report report = AccessPolicy.found(em.find(Report.class, reportId, LockModeType.PESSIMISTIC_WRITE));
    String from = move(report, to);
    audit.record(admin, AuditAction.REASSIGN_TASK, target(report), why,
        "from=" + from + " to=" + to.getUsername() + " step=" + report.getStatus());
  }

  /**
   * Reassigns every task waiting for a person: those assigned to them, and those waiting unclaimed in
   * their candidate groups. Returns how many moved.
   */
  public int reassignAll(String adminUsername, String fromUsername, String toUsername, String reason) {
    Person admin = AccessPolicy.requireAdministrator(people.byUsername(adminUsername));
    String why = Reasons.require(reason);
    Person from = target(fromUsername);
    Person to = target(toUsername);
    if (from.getRole() != to.getRole() || Objects.equals(from.getId(), to.getId())) {
      throw new BusinessException("admin.reassign.notEligible", to.getDisplayName());
    }
    List<String> groups = from.candidateGroups().isEmpty() ? List.of("-") : from.candidateGroups();
    List<Report> waiting = em.createNamedQuery("Report.findWaitingFor", Report.class)
        .setParameter("username", from.getUsername()).setParameter("groups", groups)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    if (waiting.isEmpty()) {
      throw new BusinessException("admin.reassign.nothing", from.getDisplayName());
    }
    for (Report report : waiting) {
      move(report, to);
      audit.record(admin, AuditAction.REASSIGN_TASK, target(report), why,
          "from=" + from.getUsername() + " to=" + to.getUsername() + " step=" + report.getStatus() + " (all tasks)");
    }
    return waiting.size();
  }

  /** The people a task of this report may be given to: same role as the step, same province. */
  public List<Person> eligibleFor(String adminUsername, long reportId) {
    AccessPolicy.requireAdministrator(people.byUsername(adminUsername));
    Report report = em.find(Report.class, reportId);
    ApprovalStep step = report == null ? null : ApprovalStep.approverAt(report.getStatus()).orElse(null);
    if (step == null) {
      return List.of();
    }
    Role role = step.role();
    return em.createQuery("select p from Person p where p.role = :role and p.province = :province order by p.nameSortKey", Person.class)
        .setParameter("role", role).setParameter("province", report.getStaff().getProvince()).getResultList().stream()
        .filter(p -> !p.getUsername().equals(report.getPendingAssignee())).toList();
  }

  private String move(Report report, Person to) {
    ApprovalStep step = ApprovalStep.approverAt(report.getStatus())
        .orElseThrow(() -> new BusinessException("admin.reassign.notWithApprover"));
    if (to.getRole() != step.role() || to.getProvince() == null
        || !to.getProvince().getCode().equals(report.getStaff().getProvince().getCode())
        || Objects.equals(to.getId(), report.getStaff().getId())) {
      throw new BusinessException("admin.reassign.notEligible", to.getDisplayName());
    }
    Task task = tasks.createTaskQuery().processInstanceId(report.getProcessInstanceId()).taskDefinitionKey(step.taskKey()).singleResult();
    if (task == null) {
      throw new BusinessException("admin.reassign.notWithApprover");
    }
    String from = task.getAssignee() != null ? task.getAssignee() : report.getPendingGroup();
    for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
        tasks.deleteCandidateGroup(task.getId(), link.getGroupId());
      }
    }
    tasks.setAssignee(task.getId(), to.getUsername());
    report.reassignTo(to.getUsername());
    return from;
  }

  private Person target(String username) {
    if (username == null || username.isBlank()) {
      throw new BusinessException("admin.personRequired");
    }
    Person to = em.createNamedQuery("Person.findByUsername", Person.class).setParameter("username", username.strip())
        .getResultStream().findFirst().orElseThrow(() -> new BusinessException("admin.noSuchPerson", username.strip()));
    return to;
  }


  static AuditTarget target(Report report) {
    Person staff = report.getStaff();
    return new AuditTarget(report.getId(), staff.getUsername(), staff.getProvince() == null ? null : staff.getProvince().getCode(),
        report.getRound().getId(), staff.getDisplayName() + " · " + report.getRound().getProgram().getNameTh() + " · "
        + report.getRound().getNumber());
  }
}
