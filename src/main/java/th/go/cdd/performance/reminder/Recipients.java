package th.go.cdd.performance.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.report.Report;

/**
 * Who holds a report, and who is above them: staff → the director(s) of the staff member's group;
 * a director → the provincial officer(s); an officer → the department's administrators. A task
 * claimed by one approver is held by that approver alone.
 */
@ApplicationScoped
public class Recipients {
  @PersistenceContext private EntityManager em;

  /** The people who must act on the report now; empty when nobody does (signed, withdrawn). */
  public List<Person> holders(Report report) {
    Person staff = report.getStaff();
    String province = staff.getProvince().getCode();
    return switch (report.getStatus()) {
      case DRAFT, RETURNED -> List.of(staff);
      case WITH_DIRECTOR -> claimedOr(report, directors(province, staff.getWorkGroup().getCode()));
      case WITH_OFFICER -> claimedOr(report, officers(province));
      case SIGNED, WITHDRAWN -> List.of();
    };
  }

  /** The superiors of the holders. */
  public List<Person> superiors(Report report) {
    Person staff = report.getStaff();
    String province = staff.getProvince().getCode();
    return switch (report.getStatus()) {
      case DRAFT, RETURNED -> directors(province, staff.getWorkGroup().getCode());
      case WITH_DIRECTOR -> officers(province);
      case WITH_OFFICER -> em.createNamedQuery("ReminderMessage.administrators", Person.class).getResultList();
      case SIGNED, WITHDRAWN -> List.of();
    };
  }

  private List<Person> claimedOr(Report report, List<Person> group) {
    String assignee = report.getPendingAssignee();
    if (assignee == null) {
      return group;
    }
    List<Person> claimed = group.stream().filter(p -> p.getUsername().equals(assignee)).toList();
    return claimed.isEmpty() ? group : claimed;
  }

  private List<Person> directors(String province, String group) {
    return em.createNamedQuery("ReminderMessage.directorsOfGroup", Person.class)
        .setParameter("province", province).setParameter("group", group).getResultList();
  }

  private List<Person> officers(String province) {
    return em.createNamedQuery("ReminderMessage.officersOfProvince", Person.class).setParameter("province", province).getResultList();
  }
}
