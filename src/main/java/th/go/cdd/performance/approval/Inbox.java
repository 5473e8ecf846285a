package th.go.cdd.performance.approval;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import th.go.cdd.performance.people.People;
import th.go.cdd.performance.access.AccessPolicy;
import th.go.cdd.performance.access.TaskReach;
import th.go.cdd.performance.people.Duties;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.people.Role;
import th.go.cdd.performance.program.ReportingRound;
import th.go.cdd.performance.report.ReportStatus;
import th.go.cdd.performance.shared.PlainText;

/**
 * The signed-in user's work, paged, sorted and filtered in the database: staff see all their
 * reports (open first), approvers the reports waiting in their candidate groups, administrators
 * every report. Names sort in Thai dictionary order through a stored collation key.
 */
@Stateless
public class Inbox {
  public static final int MAX_PAGE = 100;
  private static final Map<String, String> SORTS = Map.of(
      "dueDate", "r.dueDate", "staffName", "s.nameSortKey", "roundNumber", "rd.number",
      "status", "r.status", "updatedAt", "r.updatedAt", "province", "s.province.code");

  @PersistenceContext private EntityManager em;
  @Inject private People people;
  @Inject private Duties duties;

  public List<InboxRow> page(String username, InboxFilter filter, int first, int size, String sortField, boolean ascending) {
    Person user = people.byUsername(username);
    Map<String, Object> params = new HashMap<>();
    String where = where(user, duties.principalsOf(user), filter, params);
    String order = SORTS.getOrDefault(sortField == null ? "" : sortField, "r.dueDate");
    String jpql = "select new th.go.cdd.performance.approval.InboxRow(r.id, s.title, s.firstName, s.lastName, p.nameTh, pg.nameTh, "
        + "rd.number, r.dueDate, r.status, r.overdue, r.pendingAssignee, r.updatedAt) "
        + "from Report r join r.staff s join s.province p join r.round rd join rd.program pg where " + where
        + " order by " + order + (ascending ? " asc" : " desc") + ", r.id asc";
    TypedQuery<InboxRow> q = em.createQuery(jpql, InboxRow.class);
    params.forEach(q::setParameter);
    return q.setFirstResult(Math.max(0, first)).setMaxResults(Math.min(MAX_PAGE, Math.max(1, size))).getResultList();
  }

  public long count(String username, InboxFilter filter) {
    Person user = people.byUsername(username);
    Map<String, Object> params = new HashMap<>();
    String where = where(user, duties.principalsOf(user), filter, params);
    TypedQuery<Long> q = em.createQuery("select count(r) from Report r join r.staff s join r.round rd where " + where, Long.class);
    params.forEach(q::setParameter);
    return q.getSingleResult();
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

  private static String where(Person user, List<Person> principals, InboxFilter f, Map<String, Object> params) {
    StringBuilder w = new StringBuilder();
    TaskReach reach = AccessPolicy.reach(user, principals);
    if (reach.ownStaffId() != null) {
      w.append("s.id = :me");
      params.put("me", reach.ownStaffId());
    } else if (reach.everything()) {
      w.append("1 = 1");
    } else {
      w.append("(r.pendingAssignee in :assignees");
      params.put("assignees", reach.assignees());
      if (!reach.groups().isEmpty()) {
        w.append(" or r.pendingGroup in :groups");
        params.put("groups", reach.groups());
      }
      w.append(")");
    }
    if (f.openOnly() || f.overdueOnly()) {
      w.append(" and r.status in :open");
      params.put("open", ReportStatus.OPEN);
    }
    if (f.status() != null) {
      w.append(" and r.status = :status");
      params.put("status", f.status());
    }
    if (f.roundNumber() != null) {
      w.append(" and rd.number = :round");
      params.put("round", f.roundNumber());
    }
    if (f.overdueOnly()) {
      w.append(" and r.overdue = true");
    }
    if (!PlainText.isBlank(f.name())) {
      w.append(" and (lower(s.firstName) like :name or lower(s.lastName) like :name)");
      params.put("name", PlainText.containsPattern(f.name()));
    }
    return w.toString();
  }
}
