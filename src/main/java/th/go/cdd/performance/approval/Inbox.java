package th.go.cdd.performance.approval;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import th.go.cdd.performance.people.People;
import th.go.cdd.performance.people.Duties;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.people.Role;
import th.go.cdd.performance.program.ReportingRound;

/**
 * The signed-in user's work, paged, sorted and filtered in the database: staff see all their
 * reports (open first), approvers the reports waiting in their candidate groups, administrators
 * every report. Names sort in Thai dictionary order through a stored collation key.
 */
@Stateless
public class Inbox {
  public static final int MAX_PAGE = 100;

  @PersistenceContext private EntityManager em;
  @Inject private People people;
  @Inject private Duties duties;

  public List<InboxRow> page(String username, InboxFilter filter, int first, int size, String sortField, boolean ascending) {
    Person user = people.byUsername(username);
    return new InboxReads(em).page(user, duties.principalsOf(user), filter, first, size, sortField, ascending);
  }

  /** A page and the count of the same filter together, as the inbox page shows them (fewer reads than page and count apart). */
  public InboxPage read(String username, InboxFilter filter, int first, int size, String sortField, boolean ascending) {
    Person user = people.byUsername(username);
    return new InboxReads(em).read(user, duties.principalsOf(user), filter, first, size, sortField, ascending);
  }

  public long count(String username, InboxFilter filter) {
    Person user = people.byUsername(username);
    return new InboxReads(em).count(user, duties.principalsOf(user), filter);
  }

  /**
   * The round numbers to narrow the inbox to, from the programs' round definitions: a staff member's
   * own program (their cohort's); for an approver or an administrator, whose inbox may hold reports
   * of more than one program year, the numbers any program defines.
   */
  public List<Integer> roundNumbers(String username) {
    Person user = people.byUsername(username);
    if (user.getRole() == Role.STAFF && user.getCohort() != null) {
      return user.getCohort().getProgram().getRounds().stream().map(ReportingRound::getNumber).distinct().sorted().toList();
    }
    return em.createNamedQuery("ReportingRound.numbers", Integer.class).getResultList();
  }
}
