package th.go.cdd.performance.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import th.go.cdd.performance.approval.ApprovalStep;
import th.go.cdd.performance.approval.Decision;
import th.go.cdd.performance.assignment.AssignedKpi;
import th.go.cdd.performance.assignment.AssignedKpis;
import th.go.cdd.performance.assignment.AssignmentRules;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.program.ReportingRound;
import th.go.cdd.performance.report.Report;
import th.go.cdd.performance.report.ReportStatus;

/**
 * Called by the round model: opens the report when the round opens (with the KPIs 7–10 assigned
 * to the staff member for that round) and mirrors the step the
 * process waits at onto the report, inside the engine's transaction.
 */
@Named("reportLifecycle")
@ApplicationScoped
public class ReportLifecycle {
  @PersistenceContext private EntityManager em;
  @Inject private RoundCalendar calendar;
  @Inject private Clock clock;
  @Inject private AssignedKpis assignedKpis;

  public void open(DelegateExecution execution) {
    Long staffId = (Long) execution.getVariable("staffId");
    Long roundId = (Long) execution.getVariable("roundId");
    Person staff = em.find(Person.class, staffId);
    ReportingRound round = em.find(ReportingRound.class, roundId);
    Report report = em.createNamedQuery("Report.findByStaffAndRound", Report.class)
        .setParameter("staff", staff).setParameter("round", round)
        .getResultStream().findFirst().orElse(null);
    if (report == null) {
      List<AssignedKpi> assigned = assignedKpis.forStaff(staff, round);
      report = assigned.isEmpty()
          ? new Report(staff, round, calendar.dueOn(roundId, staffId), execution.getProcessInstanceId(), round.getProgram().getKpis(),
              clock.instant())
          : new Report(staff, round, calendar.dueOn(roundId, staffId), execution.getProcessInstanceId(), round.getProgram().getKpis(),
              AssignmentRules.slotOf(round.getProgram()), assigned, clock.instant());
      em.persist(report);
      em.flush();
    }
    execution.getProcessInstance().setVariable("reportId", report.getId());
  }

  public void awaitStaff(DelegateTask task) {
    report(task).awaitStaff(Decision.RETURN.name().equals(task.getVariable(Decision.VARIABLE)));
  }

  public void awaitDirector(DelegateTask task) {
    awaitApprover(task, ApprovalStep.DIRECTOR);
  }

  public void awaitOfficer(DelegateTask task) {
    awaitApprover(task, ApprovalStep.OFFICER);
  }

  private void awaitApprover(DelegateTask task, ApprovalStep step) {
    String group = step.candidateGroup((String) task.getVariable("provinceCode"), (String) task.getVariable("groupCode"));
    report(task).awaitApprover(step.statuses().get(0), group); // an approver's step has one status
  }

  public void markOverdue(DelegateExecution execution) {
    report(execution).markOverdue();
  }

  public void markSigned(DelegateExecution execution) {
    report(execution).markSigned();
  }

  /**
   * The staff member's participation ended: every report of theirs not yet signed is withdrawn,
   * in the transaction that ends their program.
   */
  public void withdrawOpenReports(DelegateExecution execution) {
    Person staff = em.find(Person.class, (Long) execution.getVariable("staffId"));
    em.createNamedQuery("Report.findOpenByStaff", Report.class).setParameter("staff", staff).setParameter("open", ReportStatus.OPEN)
        .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).getResultList()
        .forEach(r -> r.withdraw(clock.instant()));
  }

  private Report report(VariableScope scope) {
    return em.find(Report.class, (Long) scope.getVariable("reportId"));
  }
}
