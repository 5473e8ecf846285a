package th.go.cdd.performance.monitoring;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.people.Role;
import th.go.cdd.performance.report.ReportStatus;

/**
 * Names who holds a report: the staff member while it is a draft or returned; the approver who
 * took the task; otherwise everyone in the step's candidate group (the group's directors, the
 * province's officers). Resolves a page of reports with one query per distinct group.
 */
@Stateless
public class Holders {
  @PersistenceContext private EntityManager em;

  /** A cache for one page: candidate group or username to the names. */
  public Resolver resolver() {
    return new Resolver();
  }

  public final class Resolver {
    private final Map<String, String> byGroup = new HashMap<>();
    private final Map<String, String> byUser = new HashMap<>();

    public Holder holderOf(ReportStatus status, String staffName, String pendingGroup, String pendingAssignee) {
      if (status == null) {
        return Holder.NOBODY;
      }
      return switch (status) {
        case DRAFT, RETURNED -> new Holder(HolderRole.STAFF, staffName);
        case WITH_DIRECTOR -> new Holder(HolderRole.DIRECTOR, approver(pendingGroup, pendingAssignee));
        case WITH_OFFICER -> new Holder(HolderRole.OFFICER, approver(pendingGroup, pendingAssignee));
        case SIGNED, WITHDRAWN -> Holder.NOBODY;
      };
    }

    private String approver(String group, String assignee) {
      if (assignee != null) {
        return byUser.computeIfAbsent(assignee, u -> em.createNamedQuery("Person.findByUsername", Person.class)
            .setParameter("username", u).getResultStream().findFirst().map(Person::getDisplayName).orElse(u));
      }
      return group == null ? "" : byGroup.computeIfAbsent(group, Holders.this::membersOf);
    }
  }

  /** The display names of the people in a candidate group ("director:prov:group" or "officer:prov"). */
  String membersOf(String candidateGroup) {
    String[] parts = candidateGroup.split(":");
    List<Person> members;
    if (parts.length == 3 && "director".equals(parts[0])) {
      members = em.createQuery("select p from Person p where p.role = :role and p.province.code = :province"
              + " and p.workGroup.code = :group order by p.nameSortKey", Person.class)
          .setParameter("role", Role.DIRECTOR).setParameter("province", parts[1]).setParameter("group", parts[2])
          .getResultList();
    } else if (parts.length == 2 && "officer".equals(parts[0])) {
      members = em.createQuery("select p from Person p where p.role = :role and p.province.code = :province order by p.nameSortKey", Person.class)
          .setParameter("role", Role.OFFICER).setParameter("province", parts[1]).getResultList();
    } else {
      return candidateGroup;
    }
    return members.stream().map(Person::getDisplayName).collect(Collectors.joining(", "));
  }
}
