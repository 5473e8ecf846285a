package th.go.cdd.performance.monitoring;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import th.go.cdd.performance.people.People;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.program.ReportingRound;
import th.go.cdd.performance.report.ReportStatus;
import th.go.cdd.performance.shared.BusinessException;
import th.go.cdd.performance.shared.PlainText;
import th.go.cdd.performance.shared.ThaiDates;

/**
 * The lists behind the dashboard: one province's reports for a round (every staff member who
 * takes part, also those not started), and the overdue list (every report not signed by its due
 * date), paged and sorted in the database. Both are narrowed to the user's scope.
 */
@Stateless
public class ReportLists {
  public static final int MAX_PAGE = 200;
  private static final Map<String, String> OVERDUE_SORTS = Map.of(
      "daysLate", "r.dueDate", "dueDate", "r.dueDate", "staffName", "s.nameSortKey", "province", "s.province.code",
      "round", "rd.number", "state", "r.status");
  private static final String LINE = "select s.title, s.firstName, s.lastName, p.nameTh, g.nameTh, rd.number, r.status,"
      + " r.startedAt, r.dueDate, r.pendingGroup, r.pendingAssignee, r.id, s.closedFrom ";

  @PersistenceContext private EntityManager em;
  @Inject private People people;
  @Inject private Holders holders;
  @Inject private Clock clock;

  /** Every staff member of a province taking part in the round, with their report if it has opened. */
  public List<ReportLine> province(String username, long roundId, String provinceCode) {
    Person user = people.byUsername(username);
    MonitoringScope scope = MonitoringScope.of(user);
    scope.requireProvince(provinceCode);
    ReportingRound round = em.find(ReportingRound.class, roundId);
    if (round == null) {
      throw new BusinessException("monitoring.noSuchRound");
    }
    Map<String, Object> params = new HashMap<>();
    String jpql = "select s.title, s.firstName, s.lastName, p.nameTh, g.nameTh, r.status, r.startedAt, r.dueDate,"
        + " r.pendingGroup, r.pendingAssignee, r.id, s.closedFrom"
        + " from Person s join s.province p left join s.workGroup g left join Report r on r.staff = s and r.round = :round"
        + " where s.role = th.go.cdd.performance.people.Role.STAFF and p.code = :province and s.cohort.program = :program"
        + " and s.contractStart <= :roundEnd and s.contractEnd >= :roundStart"
        + " and (s.participationEnd is null or s.participationEnd >= :roundStart)"
        + " and (r.status is null or r.status <> th.go.cdd.performance.report.ReportStatus.WITHDRAWN)"
        + " and " + scope.condition(params) + " order by s.nameSortKey, s.id";
    TypedQuery<Object[]> q = em.createQuery(jpql, Object[].class)
        .setParameter("round", round).setParameter("province", provinceCode).setParameter("program", round.getProgram())
        .setParameter("roundStart", round.getPeriodStart()).setParameter("roundEnd", round.getPeriodEnd());
    params.forEach(q::setParameter);
    LocalDate today = today();
    Holders.Resolver resolver = holders.resolver();
    List<ReportLine> lines = new ArrayList<>();
    for (Object[] row : q.getResultList()) {
      String name = name(row[0], row[1], row[2]);
      ReportStatus status = (ReportStatus) row[5];
      LocalDate due = (LocalDate) row[7];
      lines.add(new ReportLine((Long) row[10], name, (String) row[3], (String) row[4], round.getNumber(), status, row[6] != null,
          due, daysLate(status, due, today), resolver.holderOf(status, name, (Instant) row[11], (String) row[8], (String) row[9])));
    }
    return lines;
  }

  public List<ReportLine> overdue(String username, OverdueFilter filter, int first, int size, String sortField, boolean ascending) {
    Map<String, Object> params = new HashMap<>();
    String where = overdueWhere(username, filter, params);
    String order = OVERDUE_SORTS.getOrDefault(sortField == null ? "" : sortField, "r.dueDate");
    if ("daysLate".equals(sortField)) {
      ascending = !ascending; // more days late = earlier due date
    }
    TypedQuery<Object[]> q = em.createQuery(LINE + "from Report r join r.staff s join s.province p left join s.workGroup g join r.round rd where "
        + where + " order by " + order + (ascending ? " asc" : " desc") + ", r.id asc", Object[].class);
    params.forEach(q::setParameter);
    List<Object[]> rows = q.setFirstResult(Math.max(0, first)).setMaxResults(Math.min(MAX_PAGE, Math.max(1, size))).getResultList();
    LocalDate today = today();
    Holders.Resolver resolver = holders.resolver();
    List<ReportLine> lines = new ArrayList<>();
    for (Object[] row : rows) {
      String name = name(row[0], row[1], row[2]);
      ReportStatus status = (ReportStatus) row[6];
      LocalDate due = (LocalDate) row[8];
      lines.add(new ReportLine((Long) row[11], name, (String) row[3], (String) row[4], (Integer) row[5], status, row[7] != null,
          due, daysLate(status, due, today), resolver.holderOf(status, name, (Instant) row[12], (String) row[9], (String) row[10])));
    }
    return lines;
  }

  public long overdueCount(String username, OverdueFilter filter) {
    Map<String, Object> params = new HashMap<>();
    String where = overdueWhere(username, filter, params);
    TypedQuery<Long> q = em.createQuery("select count(r) from Report r join r.staff s join r.round rd where " + where, Long.class);
    params.forEach(q::setParameter);
    return q.getSingleResult();
  }

  private String overdueWhere(String username, OverdueFilter filter, Map<String, Object> params) {
    MonitoringScope scope = MonitoringScope.of(people.byUsername(username));
    StringBuilder w = new StringBuilder("rd.program.id = :program and r.dueDate < :today and r.status in :open and ");
    params.put("program", filter.programId());
    params.put("today", today());
    params.put("open", openStatuses(filter.holder()));
    w.append(scope.condition(params));
    if (filter.roundNumber() != null) {
      w.append(" and rd.number = :round");
      params.put("round", filter.roundNumber());
    }
    if (filter.provinceCode() != null && !filter.provinceCode().isBlank()) {
      scope.requireProvince(filter.provinceCode());
      w.append(" and s.province.code = :province");
      params.put("province", filter.provinceCode());
    }
    if (!PlainText.isBlank(filter.name())) {
      w.append(" and lower(concat(s.firstName, ' ', s.lastName)) like :name");
      params.put("name", PlainText.containsPattern(filter.name()));
    }
    return w.toString();
  }

  private static List<ReportStatus> openStatuses(HolderRole holder) {
    if (holder == null || holder == HolderRole.NONE) {
      return List.copyOf(ReportStatus.OPEN);
    }
    return holder.statuses();
  }

  static long daysLate(ReportStatus status, LocalDate due, LocalDate today) {
    if (status == null || due == null || !status.isOpen() || !today.isAfter(due)) {
      return 0;
    }
    return ChronoUnit.DAYS.between(due, today);
  }

  private static String name(Object title, Object first, Object last) {
    return (title == null ? "" : title) + String.valueOf(first) + " " + last;
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(ThaiDates.BANGKOK));
  }
}
