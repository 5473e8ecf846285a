package th.go.cdd.performance.monitoring;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import th.go.cdd.performance.approval.ApprovalStep;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.report.Report;
import th.go.cdd.performance.report.ReportStatus;

/**
 * The one answer to "who holds this report now", asked by the overdue and province lists (by name)
 * and by the reminders (the people to mail), so the two cannot disagree: the staff member while it
 * is a draft or returned; at an approver's step the one person the task is assigned to (who claimed
 * it, or to whom an administrator reassigned it, in any group), otherwise everyone in the step's
 * candidate group (the group's directors, the province's officers); nobody once it is signed or
 * withdrawn. Holders whose accounts are closed are named apart (for reassignment) and never mailed.
 * A page of reports is resolved with one query per distinct group or assignee.
 */
@Stateless
public class Holders {
  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  /** The people who must act on the report now; empty when nobody does (signed, withdrawn). */
  public List<Person> of(Report report) {
    return resolver().people(report.getStatus(), report.getStaff(), report.getPendingGroup(), report.getPendingAssignee());
  }

  /** A cache for one page or one run: candidate group or username to the people. */
  public Resolver resolver() {
    return new Resolver();
  }

  public final class Resolver {
    private final Map<String, List<Person>> byGroup = new HashMap<>();
    private final Map<String, Optional<Person>> byUser = new HashMap<>();
    private final Instant now = clock.instant();

    /**
     * The holder as a list shows it: the step's role and the names, with those whose accounts are
     * closed named apart ({@code staffClosedFrom}: when the staff member's account closes, if it does).
     */
    public Holder holderOf(ReportStatus status, String staffName, Instant staffClosedFrom, String pendingGroup, String pendingAssignee) {
      HolderRole role = HolderRole.at(status);
      return switch (role) {
        case NONE -> Holder.NOBODY;
        case STAFF -> new Holder(role, staffName, staffClosedFrom != null && !staffClosedFrom.isAfter(now) ? staffName : "");
        case DIRECTOR, OFFICER -> approverHolder(role, pendingGroup, pendingAssignee);
      };
    }

    /** The holders who can act, as people, for whoever must be told: nobody whose account is closed. */
    public List<Person> people(ReportStatus status, Person staff, String pendingGroup, String pendingAssignee) {
      List<Person> holders = switch (HolderRole.at(status)) {
        case NONE -> List.of();
        case STAFF -> List.of(staff);
        case DIRECTOR, OFFICER -> approvers(pendingGroup, pendingAssignee);
      };
      return holders.stream().filter(p -> !p.isClosedAt(now)).toList();
    }

    private Holder approverHolder(HolderRole role, String group, String assignee) {
      if (assignee != null && user(assignee).isEmpty()) {
        return new Holder(role, assignee);
      }
      List<Person> approvers = approvers(group, assignee);
      return new Holder(role, names(approvers), names(approvers.stream().filter(p -> p.isClosedAt(now)).toList()));
    }

    private List<Person> approvers(String group, String assignee) {
      if (assignee != null) {
        return user(assignee).map(List::of).orElse(List.of());
      }
      return group == null ? List.of() : byGroup.computeIfAbsent(group, Holders.this::membersOf);
    }

    private Optional<Person> user(String username) {
      return byUser.computeIfAbsent(username, u -> em.createNamedQuery("Person.findByUsername", Person.class)
          .setParameter("username", u).getResultStream().findFirst());
    }
  }

  private static String names(List<Person> people) {
    return people.stream().map(Person::getDisplayName).collect(Collectors.joining(", "));
  }

  /** The people in a candidate group ("director:prov:group" or "officer:prov"), in name order. */
  List<Person> membersOf(String candidateGroup) {
    return ApprovalStep.ofCandidateGroup(candidateGroup).map(this::membersOf).orElse(List.of());
  }

  private List<Person> membersOf(ApprovalStep.CandidateGroup group) {
    if (group.groupCode() != null) {
      return em.createQuery("select p from Person p where p.role = :role and p.province.code = :province"
              + " and p.workGroup.code = :group order by p.nameSortKey", Person.class)
          .setParameter("role", group.step().role()).setParameter("province", group.provinceCode())
          .setParameter("group", group.groupCode()).getResultList();
    }
    return em.createQuery("select p from Person p where p.role = :role and p.province.code = :province order by p.nameSortKey", Person.class)
        .setParameter("role", group.step().role()).setParameter("province", group.provinceCode()).getResultList();
  }
}
