package th.go.cdd.performance.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The one place that says whose work a person does today: their own candidate groups plus those of
 * every principal they substitute for on this day. The inbox, the approval steps and the access
 * check all ask here, so a substitution acts the same everywhere.
 */
@ApplicationScoped
public class Duties {
  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  /**
   * The principals this person stands in for today (empty for most people). A substitution counts
   * only while {@link Substitution#eligible} still holds: once the roster has moved either of the
   * two to another province, or changed a role, it gives no rights even before it is ended.
   */
  public List<Person> principalsOf(Person person) {
    if (person.getRole() != Role.DIRECTOR && person.getRole() != Role.OFFICER) {
      return List.of();
    }
    return em.createNamedQuery("Substitution.activeForSubstitute", Substitution.class)
        .setParameter("substitute", person).setParameter("day", LocalDate.now(clock))
        .getResultList().stream().filter(s -> Substitution.eligible(s.getPrincipal(), person)).map(Substitution::getPrincipal).distinct().toList();
  }

  /** Candidate groups whose tasks this person may take today: their own and their principals'. */
  public List<String> groupsOf(Person person) {
    return groupsOf(person, principalsOf(person));
  }

  public static List<String> groupsOf(Person person, List<Person> principals) {
    Set<String> groups = new LinkedHashSet<>(person.candidateGroups());
    principals.forEach(p -> groups.addAll(p.candidateGroups()));
    return new ArrayList<>(groups);
  }

  /** Usernames whose directly assigned tasks this person may take today: their own and their principals'. */
  public static List<String> assigneesFor(Person person, List<Person> principals) {
    List<String> names = new ArrayList<>();
    names.add(person.getUsername());
    principals.forEach(p -> names.add(p.getUsername()));
    return names;
  }
}
