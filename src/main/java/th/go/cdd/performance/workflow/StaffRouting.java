package th.go.cdd.performance.workflow;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import th.go.cdd.performance.approval.ApprovalStep;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.report.Report;

/**
 * Keeps a staff member's running processes routed to the office and group they belong to. After a
 * move, the processes' {@code provinceCode} and {@code groupCode} change (the next director or
 * officer step goes to the new office), and a report already waiting at an approver leaves the old
 * office's inboxes for the new office's, claim released.
 */
@Stateless
public class StaffRouting {
  @Inject private RuntimeService runtime;
  @Inject private TaskService tasks;
  @PersistenceContext private EntityManager em;

  /** Re-routes the staff member's running processes to their current office and group; returns the reports moved. */
  public int follow(Person staff) {
    String province = staff.getProvince().getCode();
    String group = staff.getWorkGroup() == null ? null : staff.getWorkGroup().getCode();
    int moved = 0;
    for (var instance : runtime.createProcessInstanceQuery().variableValueEquals("staffId", staff.getId()).list()) {
      runtime.setVariable(instance.getId(), "provinceCode", province);
      runtime.setVariable(instance.getId(), "groupCode", group);
      for (Task task : tasks.createTaskQuery().processInstanceId(instance.getId()).list()) {
        ApprovalStep step = ApprovalStep.ofTaskKey(task.getTaskDefinitionKey()).filter(ApprovalStep::isApprover).orElse(null);
        if (step != null) {
          moveTask(task, step.candidateGroup(province, group));
          moved++;
        }
      }
    }
    return moved;
  }

  private void moveTask(Task task, String candidates) {
    Report report = em.find(Report.class, (Long) runtime.getVariable(task.getProcessInstanceId(), "reportId"),
        LockModeType.PESSIMISTIC_WRITE);
    tasks.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .forEach(link -> tasks.deleteCandidateGroup(task.getId(), link.getGroupId()));
    tasks.addCandidateGroup(task.getId(), candidates);
    if (task.getAssignee() != null) {
      tasks.setAssignee(task.getId(), null);
    }
    report.rerouteTo(candidates);
  }
}
