package th.go.cdd.performance.roster;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import th.go.cdd.performance.administration.Substitutions;
import th.go.cdd.performance.people.People;
import th.go.cdd.performance.people.Role;
import th.go.cdd.performance.shared.ThaiDates;
import th.go.cdd.performance.workflow.StaffRouting;

/**
 * Carries out the moves of the roster: a person goes to their new group or provincial office,
 * and a staff member's open reports follow them, so the new office's approvers receive them.
 * The periodic {@code applyRosterMoves} process applies the moves whose day has come.
 */
@Named("personMoves")
@Stateless
public class PersonMoves {
  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private StaffRouting routing;
  @Inject private Substitutions substitutions;
  @Inject private People people;

  /**
   * Moves the person now, in the caller's transaction; a substitution the move makes ineligible
   * ends, on behalf of whoever recorded the move.
   */
  public void apply(PersonMove move) {
    move.apply(clock.instant());
    substitutions.endThoseNoLongerEligible(move.getPerson(), people.byUsername(move.getRecordedBy()));
    if (move.getPerson().getRole() == Role.STAFF) {
      em.flush();
      routing.follow(move.getPerson());
    }
  }

  /** Applies every pending move dated today (Bangkok) or earlier, oldest first; returns how many. */
  public int applyDue() {
    LocalDate today = LocalDate.now(clock.withZone(ThaiDates.BANGKOK));
    List<PersonMove> due = em.createNamedQuery("PersonMove.findDue", PersonMove.class).setParameter("today", today).getResultList();
    due.forEach(this::apply);
    return due.size();
  }
}
