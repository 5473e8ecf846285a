package th.go.cdd.performance.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import th.go.cdd.performance.approval.ApprovalStep;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.report.Report;

/**
 * Who is above the holders of a report, for an escalation: staff → the director(s) of the staff
 * member's group; a director → the provincial officer(s); an officer → the department's
 * administrators. Who holds the report is asked of {@link th.go.cdd.performance.monitoring.Holders},
 * the same answer the overdue list gives.
 */
@ApplicationScoped
public class Recipients {
  @PersistenceContext private EntityManager em;

  /** The superiors of the holders; empty when nobody holds the report (signed, withdrawn). */
  public List<Person> superiors(Report report) {
    Person staff = report.getStaff();
    String province = staff.getProvince().getCode();
    ApprovalStep step = ApprovalStep.waitingAt(report.getStatus()).orElse(null);
    if (step == null) {
      return List.of();
    }
    return switch (step) {
      case STAFF -> em.createNamedQuery("ReminderMessage.directorsOfGroup", Person.class)
          .setParameter("province", province).setParameter("group", staff.getWorkGroup().getCode()).getResultList();
      case DIRECTOR -> em.createNamedQuery("ReminderMessage.officersOfProvince", Person.class)
          .setParameter("province", province).getResultList();
      case OFFICER -> em.createNamedQuery("ReminderMessage.administrators", Person.class).getResultList();
    };
  }
}
