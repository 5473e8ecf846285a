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
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import th.go.cdd.performance.people.AccountClosure;
import th.go.cdd.performance.people.People;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.people.Role;
import th.go.cdd.performance.shared.BusinessException;
import th.go.cdd.performance.shared.ThaiDates;

/**
 * An administrator records that a staff member's participation ended (contract ended early). The
 * person keeps the last day; their program process receives {@code participationEnded}, which in
 * the model cancels their open work and withdraws the reports not yet signed; their account closes
 * at the end of the last day. One transaction, audited.
 */
@Stateless
public class ParticipationEnding {
  @PersistenceContext private EntityManager em;
  @Inject private People people;
  @Inject private RuntimeService runtime;
  @Inject private AuditLog audit;
  @Inject private Clock clock;
  @Inject private AccountClosings closings;

  /** Returns how many program processes were ended. */
  public int end(String adminUsername, String staffUsername, LocalDate lastDay, String reason) {
    Person admin = AccessPolicy.requireAdministrator(people.byUsername(adminUsername));
    String why = Reasons.require(reason);
    Person staff = em.createNamedQuery("Person.findByUsername", Person.class).setParameter("username", staffUsername == null ? "" : staffUsername.strip())
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream().findFirst().orElseThrow(() -> new BusinessException("admin.noSuchPerson", staffUsername));
    if (staff.getRole() != Role.STAFF) {
      throw new BusinessException("admin.participation.notStaff");
    }
    if (staff.getParticipationEnd() != null) {
      throw new BusinessException("admin.participation.alreadyEnded");
    }
    if (lastDay == null) {
      throw new BusinessException("admin.participation.dateRequired");
    }
    if (lastDay.isAfter(LocalDate.now(clock))) {
      throw new BusinessException("admin.participation.future");
    }
    if (staff.getContractStart() != null && lastDay.isBefore(staff.getContractStart())) {
      throw new BusinessException("admin.participation.beforeContract");
    }
    staff.endParticipation(lastDay);
    int ended = 0;
    for (ProcessInstance pi : runtime.createProcessInstanceQuery().processDefinitionKey("staffProgram")
        .variableValueEquals("staffId", staff.getId()).list()) {
      runtime.createMessageCorrelation("participationEnded").processInstanceId(pi.getId())
          .setVariable("participationEnd", lastDay.toString()).correlate();
      ended++;
    }
    // the account signs in until the end of the last day (Bangkok), then closes
    Instant closesAt = lastDay.plusDays(1).atStartOfDay(ThaiDates.BANGKOK).toInstant();
    closings.close(admin, staff, AccountClosure.PARTICIPATION_ENDED, closesAt, why);
    audit.record(admin, AuditAction.END_PARTICIPATION,
        new AuditTarget(null, staff.getUsername(), staff.getProvince() == null ? null : staff.getProvince().getCode(), null,
            staff.getDisplayName()), why, "lastDay=" + lastDay + " programs=" + ended);
    return ended;
  }
}
