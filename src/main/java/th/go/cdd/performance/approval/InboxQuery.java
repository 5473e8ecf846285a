package th.go.cdd.performance.approval;

import java.util.Collection;
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
 * for and the filter; {@link InboxReads} runs them, for {@link Inbox} and for the inbox's query-plan
 * bench ({@code bench/inbox/InboxPlans}), so the plans it reads are those of the queries the page sends.
 *
 * <p>An approver's inbox is the reports held by their name or waiting in one of their candidate groups.
 * Asked as one condition, {@code pendingAssignee in .. or pendingGroup in ..}, H2 (the embedded default)
 * can use neither column's index for an OR over two columns and reads every report of the country
 * (docs/bench/inbox-plans-2026-12-03.md). So the held reports are first looked up once per column, each by
 * its own index ({@link #held}), and the page and the count narrow to those ids by the primary key; they
 * still ask the holder condition, so a report that moved on between the lookups and the read is not shown.
 */
public record InboxQuery(String jpql, Map<String, Object> parameters) {
  private static final Map<String, String> SORTS = Map.of(
      "dueDate", "r.dueDate", "staffName", "s.nameSortKey", "roundNumber", "rd.number",
      "status", "r.status", "updatedAt", "r.updatedAt", "province", "s.province.code");

  public InboxQuery {
    parameters = Map.copyOf(parameters);
  }

  /**
   * For an approver, the lookups of the ids of the reports their inbox holds: those held by their name (or
   * a principal's) and those waiting in their candidate groups, one indexed column each; their union is
   * what {@link #page} and {@link #count} take as {@code held}. Empty for staff and administrators, whose
   * inbox is not asked by holder.
   */
  public static List<InboxQuery> held(Person user, List<Person> principals) {
    TaskReach reach = AccessPolicy.reach(user, principals);
    if (reach.ownStaffId() != null || reach.everything()) {
      return List.of();
    }
    InboxQuery byName = new InboxQuery("select r.id from Report r where r.pendingAssignee in :assignees", Map.of("assignees", reach.assignees()));
    if (reach.groups().isEmpty()) {
      return List.of(byName);
    }
    return List.of(byName, new InboxQuery("select r.id from Report r where r.pendingGroup in :groups", Map.of("groups", reach.groups())));
  }

  /**
   * One page's rows, sorted by the chosen column (the due date when none is chosen) and then by id.
   * {@code held}: for an approver the ids the {@link #held} lookups found (not empty), else null.
   */
  public static InboxQuery page(Person user, List<Person> principals, Collection<Long> held, InboxFilter filter, String sortField,
      boolean ascending) {
    Map<String, Object> params = new HashMap<>();
    String where = where(user, principals, held, filter, params);
    String order = SORTS.getOrDefault(sortField == null ? "" : sortField, "r.dueDate");
    return new InboxQuery("select new th.go.cdd.performance.approval.InboxRow(r.id, s.title, s.firstName, s.lastName, p.nameTh, pg.nameTh, "
        + "rd.number, r.dueDate, r.status, r.overdue, r.pendingAssignee, r.updatedAt) "
        + "from Report r join r.staff s join s.province p join r.round rd join rd.program pg where " + where
        + " order by " + order + (ascending ? " asc" : " desc") + ", r.id asc", params);
  }

  /** How many rows the same filter holds, for the pager; {@code held} as for {@link #page}. */
  public static InboxQuery count(Person user, List<Person> principals, Collection<Long> held, InboxFilter filter) {
    Map<String, Object> params = new HashMap<>();
    String where = where(user, principals, held, filter, params);
    return new InboxQuery("select count(r) from Report r join r.staff s join r.round rd where " + where, params);
  }

  private static String where(Person user, List<Person> principals, Collection<Long> held, InboxFilter f, Map<String, Object> params) {
    StringBuilder w = new StringBuilder();
    TaskReach reach = AccessPolicy.reach(user, principals);
    if (reach.ownStaffId() != null) {
      w.append("s.id = :me");
      params.put("me", reach.ownStaffId());
    } else if (reach.everything()) {
      w.append("1 = 1");
    } else {
      if (held == null || held.isEmpty()) {
        throw new IllegalArgumentException("an approver's inbox is read for the reports the held lookups found");
      }
      w.append("r.id in :held and (r.pendingAssignee in :assignees");
      params.put("held", List.copyOf(held));
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
