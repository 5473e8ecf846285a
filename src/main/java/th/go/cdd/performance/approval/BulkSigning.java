package th.go.cdd.performance.approval;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import th.go.cdd.performance.access.AccessPolicy;
import th.go.cdd.performance.access.TaskReach;
import th.go.cdd.performance.people.Duties;
import th.go.cdd.performance.people.People;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.report.ReportStatus;
import th.go.cdd.performance.shared.BusinessException;

/**
 * A provincial officer signs many approved reports from one list. Each report is signed by
 * {@link ApprovalService#decide} through its EJB proxy in a transaction of its own (this bean runs
 * without one), so each gets its own signature and hash, and one refusal (someone else signed it
 * meanwhile, a new version was submitted) leaves the others signed and is reported for that report.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BulkSigning {
  public static final int MAX_REPORTS = 1000;
  private static final Logger LOG = Logger.getLogger(BulkSigning.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private People people;
  @Inject private Duties duties;
  @EJB private ApprovalService approvals;

  /**
   * The reports waiting for this officer's signature (their province's, and those of officers they
   * stand in for today; a director acting as officer gets the officer's list).
   */
  public List<BulkItem> candidates(String username) {
    Person user = people.byUsername(username);
    List<Person> principals = duties.principalsOf(user);
    AccessPolicy.requireBulkSigner(user, principals);
    TaskReach reach = AccessPolicy.reach(user, principals);
    List<String> groups = reach.groups();
    List<String> assignees = reach.assignees();
    return em.createQuery("select new th.go.cdd.performance.approval.BulkItem(r.id, concat(coalesce(s.title, ''), s.firstName, ' ', s.lastName), "
            + "rd.number, r.dueDate, r.submissionCount) from Report r join r.staff s join r.round rd where r.status = :status "
            + "and ((r.pendingGroup in :groups and (r.pendingAssignee is null or r.pendingAssignee in :assignees)) "
            + "or r.pendingAssignee in :assignees) order by s.nameSortKey, r.id", BulkItem.class)
        .setParameter("status", ReportStatus.WITH_OFFICER).setParameter("groups", groups.isEmpty() ? List.of("-") : groups)
        .setParameter("assignees", assignees).setMaxResults(MAX_REPORTS).getResultList();
  }

  /** Signs each chosen report in its own transaction; returns one outcome per report, in order. */
  public List<BulkOutcome> sign(String username, List<BulkItem> chosen) {
    if (chosen == null || chosen.isEmpty()) {
      throw new BusinessException("bulk.noneChosen");
    }
    if (chosen.size() > MAX_REPORTS) {
      throw new BusinessException("bulk.tooMany", MAX_REPORTS);
    }
    List<BulkOutcome> outcomes = new ArrayList<>();
    for (BulkItem item : chosen) {
      try {
        approvals.decide(username, item.reportId(), item.submission(), Decision.SIGN, null);
        outcomes.add(new BulkOutcome(item.reportId(), item.staffName(), true, "bulk.signedOne", new Object[0]));
      } catch (BusinessException e) {
        outcomes.add(new BulkOutcome(item.reportId(), item.staffName(), false, e.getKey(), e.getArgs()));
      } catch (EJBException | OptimisticLockException e) {
        outcomes.add(new BulkOutcome(item.reportId(), item.staffName(), false, concurrent(e) ? "error.concurrent" : "bulk.failedOne", new Object[0]));
        LOG.log(Level.WARNING, "bulk signing of report " + item.reportId() + " failed", e);
      }
    }
    return outcomes;
  }

  private static boolean concurrent(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OptimisticLockException || t instanceof PersistenceException) {
        return true;
      }
    }
    return false;
  }
}
