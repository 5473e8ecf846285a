package th.go.cdd.performance.approval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import th.go.cdd.performance.access.AccessPolicy;
import th.go.cdd.performance.access.TaskReach;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.report.ReportStatus;
import th.go.cdd.performance.shared.PlainText;

/**
 * The JPQL of one inbox read and its parameters, built from who reads, the principals they stand in
 * for and the filter. {@link Inbox} runs it; the inbox's query-plan bench ({@code bench/InboxPlans})
 * builds the same text, so the plans it reads are those of the queries the page sends.
 */
public record InboxQuery(String jpql, Map<String, Object> parameters) {
  private static final Map<String, String> SORTS = Map.of(
      "dueDate", "r.dueDate", "staffName", "s.nameSortKey", "roundNumber", "rd.number",
      "status", "r.status", "updatedAt", "r.updatedAt", "province", "s.province.code");

  public InboxQuery {
    parameters = Map.copyOf(parameters);
  }

  /** One page's rows, sorted by the chosen column (the due date when none is chosen) and then by id. */
  public static InboxQuery page(Person user, List<Person> principals, InboxFilter filter, String sortField, boolean ascending) {
    Map<String, Object> params = new HashMap<>();
    String where = where(user, principals, filter, params);
    String order = SORTS.getOrDefault(sortField == null ? "" : sortField, "r.dueDate");
    return new InboxQuery("select new th.go.cdd.performance.approval.InboxRow(r.id, s.title, s.firstName, s.lastName, p.nameTh, pg.nameTh, "
        + "rd.number, r.dueDate, r.status, r.overdue, r.pendingAssignee, r.updatedAt) "
        + "from Report r join r.staff s join s.province p join r.round rd join rd.program pg where " + where
        + " order by " + order + (ascending ? " asc" : " desc") + ", r.id asc", params);
  }

  /** How many rows the same filter holds, for the pager. */
  public static InboxQuery count(Person user, List<Person> principals, InboxFilter filter) {
    Map<String, Object> params = new HashMap<>();
    String where = where(user, principals, filter, params);
    return new InboxQuery("select count(r) from Report r join r.staff s join r.round rd where " + where, params);
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
