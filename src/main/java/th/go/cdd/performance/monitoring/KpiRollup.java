package th.go.cdd.performance.monitoring;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import th.go.cdd.performance.people.People;
import th.go.cdd.performance.program.KpiDefinition;
import th.go.cdd.performance.program.KpiKind;
import th.go.cdd.performance.program.KpiLevel;
import th.go.cdd.performance.program.ReportingRound;
import th.go.cdd.performance.report.ReportStatus;
import th.go.cdd.performance.shared.BusinessException;
import th.go.cdd.performance.shared.PlainText;

/**
 * The KPI roll-up: per KPI, the results of the reports in scope summed by the database, for one
 * round or the year to date (rounds 1 to the chosen one), against the national totals and the
 * targets of the staff who reported; the distribution of levels; each person's weighted score.
 *
 * <p>Which reports count: those submitted (with an approver or signed), or only signed ones.
 * Counts (KPIs 3, 4, 6) add up over the rounds; a percentage (KPI 2) is already year to date in
 * each round, so the year to date takes the chosen round's; milestone KPIs count the reports that
 * reached level 5.
 */
@Stateless
public class KpiRollup {
  public static final int MAX_PAGE = 200;
  private static final List<ReportStatus> SUBMITTED = List.of(ReportStatus.WITH_DIRECTOR, ReportStatus.WITH_OFFICER, ReportStatus.SIGNED);
  private static final List<ReportStatus> SIGNED = List.of(ReportStatus.SIGNED);

  @PersistenceContext private EntityManager em;
  @Inject private People people;

  /** What the roll-up is asked for: a round, the year to date up to it or the round alone, signed reports only or all submitted. */
  public record Window(long roundId, boolean yearToDate, boolean signedOnly) {}

  public List<KpiTotal> national(String username, Window window) {
    MonitoringScope scope = MonitoringScope.of(people.byUsername(username));
    ReportingRound round = round(window);
    Map<String, Object> params = params(round, window);
    params.put("number", round.getNumber());
    // one pass over the entries: per KPI and level, the window's figures and the chosen round's alone
    String jpql = "select k.number, e.level, count(e), sum(e.figure), sum(e.base),"
        + " sum(case when rd.number = :number then 1 else 0 end),"
        + " sum(case when rd.number = :number then e.figure else 0 end), sum(case when rd.number = :number then e.base else 0 end)"
        + " from KpiEntry e join e.kpi k join e.report r join r.staff s join r.round rd"
        + " where " + window(window.yearToDate()) + " and " + scope.condition(params) + " group by k.number, e.level";
    TypedQuery<Object[]> q = em.createQuery(jpql, Object[].class);
    params.forEach(q::setParameter);
    Map<Integer, Object[]> inWindow = new HashMap<>();
    Map<Integer, Object[]> inRound = new HashMap<>();
    Map<Integer, long[]> levels = new HashMap<>();
    for (Object[] row : q.getResultList()) {
      int number = (Integer) row[0];
      int level = (Integer) row[1];
      add(inWindow, number, level, row[2], row[3], row[4]);
      add(inRound, number, level, row[5], row[6], row[7]);
      if (level >= 0 && level <= 5) {
        levels.computeIfAbsent(number, k -> new long[6])[level] += ((Number) row[2]).longValue();
      }
    }
    List<KpiTotal> totals = new ArrayList<>();
    for (KpiDefinition kpi : round.getProgram().getKpis()) {
      Object[] row = (kpi.getKind() == KpiKind.PERCENTAGE ? inRound : inWindow).get(kpi.getNumber());
      long reported = row == null ? 0 : ((Number) row[1]).longValue();
      totals.add(new KpiTotal(kpi.getNumber(), kpi.getTitleTh(), kpi.getTitleEn(), kpi.getKind(), kpi.getUnitTh(), reported,
          result(kpi, row), target(kpi, reported), kpi.getNationalTarget(), levels.getOrDefault(kpi.getNumber(), new long[6])));
    }
    return totals;
  }

  /** Adds one level's group to the KPI's aggregate row [kpi, count, sum figure, sum base, at level 5]. */
  private static void add(Map<Integer, Object[]> into, int kpi, int level, Object count, Object figure, Object base) {
    long n = count == null ? 0 : ((Number) count).longValue();
    if (n == 0) {
      return;
    }
    Object[] row = into.computeIfAbsent(kpi, k -> new Object[] {k, 0L, BigDecimal.ZERO, BigDecimal.ZERO, 0L});
    row[1] = (Long) row[1] + n;
    row[2] = decimal(row[2]).add(decimal(figure));
    row[3] = decimal(row[3]).add(decimal(base));
    row[4] = (Long) row[4] + (level == 5 ? n : 0);
  }

  /** One KPI per province in scope: result against the province's target. */
  public List<ProvinceKpiResult> byProvince(String username, Window window, int kpiNumber) {
    MonitoringScope scope = MonitoringScope.of(people.byUsername(username));
    ReportingRound round = round(window);
    KpiDefinition kpi = round.getProgram().getKpis().stream().filter(k -> k.getNumber() == kpiNumber).findFirst()
        .orElseThrow(() -> new BusinessException("report.noSuchKpi", kpiNumber));
    boolean ytd = window.yearToDate() && kpi.getKind() != KpiKind.PERCENTAGE;
    Map<String, Object> params = params(round, window);
    String jpql = "select p.code, p.nameTh, count(e), sum(e.figure), sum(e.base), sum(case when e.level = 5 then 1 else 0 end)"
        + " from KpiEntry e join e.report r join r.staff s join s.province p join r.round rd"
        + " where e.kpi.number = :kpi and " + window(ytd) + " and " + scope.condition(params)
        + " group by p.code, p.nameTh order by p.code";
    params.put("kpi", kpiNumber);
    TypedQuery<Object[]> q = em.createQuery(jpql, Object[].class);
    params.forEach(q::setParameter);
    List<ProvinceKpiResult> rows = new ArrayList<>();
    for (Object[] r : q.getResultList()) {
      Object[] agg = {kpiNumber, r[2], r[3], r[4], r[5]};
      long reported = ((Number) r[2]).longValue();
      rows.add(new ProvinceKpiResult((String) r[0], (String) r[1], reported, result(kpi, agg), target(kpi, reported)));
    }
    return rows;
  }

  /**
   * A page of staff in name order who have a counted report in the window, then their weighted
   * scores from their entries alone: paging never aggregates the whole country. Assigned KPIs 7–10
   * share the slot KPI's weight (each entry carries its share), so assigning more KPIs never
   * weighs more than the one blank KPI 7 would.
   */
  public List<PersonScore> scores(String username, Window window, String name, int first, int size) {
    MonitoringScope scope = MonitoringScope.of(people.byUsername(username));
    ReportingRound round = round(window);
    Map<String, Object> params = params(round, window);
    String page = "select s.id, s.title, s.firstName, s.lastName, p.nameTh from Person s join s.province p where s.id in ("
        + "select r.staff.id from Report r join r.round rd where rd.program = :program and rd.number <= :upTo"
        + " and r.status in :statuses) and " + scope.condition(params) + nameCondition(name, params)
        + " order by s.nameSortKey, s.id";
    TypedQuery<Object[]> q = em.createQuery(page, Object[].class);
    params.forEach(q::setParameter);
    List<Object[]> staff = q.setFirstResult(Math.max(0, first)).setMaxResults(Math.min(MAX_PAGE, Math.max(1, size))).getResultList();
    if (staff.isEmpty()) {
      return List.of();
    }
    Map<Long, Object[]> sums = new HashMap<>();
    TypedQuery<Object[]> agg = em.createQuery("select r.staff.id,"
            + " sum(case when rd.number = :number then e.level * k.weight * coalesce(e.weightShare, 1) else 0 end),"
            + " sum(case when rd.number = :number then k.weight * coalesce(e.weightShare, 1) else 0 end),"
            + " sum(e.level * k.weight * coalesce(e.weightShare, 1)), sum(k.weight * coalesce(e.weightShare, 1))"
            + " from KpiEntry e join e.kpi k join e.report r join r.round rd"
            + " where r.staff.id in :ids and rd.program = :program and rd.number <= :upTo and r.status in :statuses"
            + " and e.level is not null group by r.staff.id", Object[].class)
        .setParameter("ids", staff.stream().map(row -> (Long) row[0]).toList())
        .setParameter("number", round.getNumber())
        .setParameter("program", round.getProgram())
        .setParameter("upTo", round.getNumber())
        .setParameter("statuses", window.signedOnly() ? SIGNED : SUBMITTED);
    for (Object[] row : agg.getResultList()) {
      sums.put((Long) row[0], row);
    }
    List<PersonScore> scores = new ArrayList<>();
    for (Object[] r : staff) {
      Object[] sum = sums.getOrDefault((Long) r[0], new Object[5]);
      scores.add(new PersonScore((Long) r[0], (r[1] == null ? "" : r[1]) + String.valueOf(r[2]) + " " + r[3], (String) r[4],
          ratio(sum[1], sum[2]), ratio(sum[3], sum[4])));
    }
    return scores;
  }

  public long scoreCount(String username, Window window, String name) {
    MonitoringScope scope = MonitoringScope.of(people.byUsername(username));
    ReportingRound round = round(window);
    Map<String, Object> params = params(round, window);
    String jpql = "select count(distinct s.id) from Report r join r.staff s join r.round rd"
        + " where rd.program = :program and rd.number <= :upTo and r.status in :statuses and " + scope.condition(params)
        + nameCondition(name, params);
    TypedQuery<Long> q = em.createQuery(jpql, Long.class);
    params.forEach(q::setParameter);
    return q.getSingleResult();
  }

  private static String window(boolean ytd) {
    return "rd.program = :program and rd.number " + (ytd ? "<=" : "=") + " :upTo and r.status in :statuses and e.level is not null";
  }

  private static Map<String, Object> params(ReportingRound round, Window window) {
    Map<String, Object> params = new HashMap<>();
    params.put("program", round.getProgram());
    params.put("upTo", round.getNumber());
    params.put("statuses", window.signedOnly() ? SIGNED : SUBMITTED);
    return params;
  }

  private static String nameCondition(String name, Map<String, Object> params) {
    if (PlainText.isBlank(name)) {
      return "";
    }
    params.put("name", PlainText.containsPattern(name));
    return " and lower(concat(s.firstName, ' ', s.lastName)) like :name";
  }

  /** The result of one KPI from an aggregate row [kpi, count, sum figure, sum base, at level 5]. */
  static BigDecimal result(KpiDefinition kpi, Object[] row) {
    if (row == null) {
      return kpi.getKind() == KpiKind.FREE_FORM ? null : BigDecimal.ZERO;
    }
    return switch (kpi.getKind()) {
      case COUNT -> decimal(row[2]);
      case PERCENTAGE -> KpiTotal.percent(decimal(row[2]), decimal(row[3]));
      case STAGED -> BigDecimal.valueOf(((Number) row[4]).longValue());
      case FREE_FORM -> null;
    };
  }

  /** The target of the staff who reported: level 5's threshold each for counts, one ladder each for milestones. */
  static BigDecimal target(KpiDefinition kpi, long reported) {
    BigDecimal top = kpi.getLevels().stream().filter(l -> l.getLevel() == 5).findFirst().map(KpiLevel::getThreshold).orElse(null);
    return switch (kpi.getKind()) {
      case COUNT -> top == null ? null : top.multiply(BigDecimal.valueOf(reported));
      case PERCENTAGE -> top;
      case STAGED -> BigDecimal.valueOf(reported);
      case FREE_FORM -> null;
    };
  }

  private ReportingRound round(Window window) {
    ReportingRound round = em.find(ReportingRound.class, window.roundId());
    if (round == null) {
      throw new BusinessException("monitoring.noSuchRound");
    }
    return round;
  }

  private static BigDecimal decimal(Object o) {
    if (o == null) {
      return BigDecimal.ZERO;
    }
    return o instanceof BigDecimal b ? b : new BigDecimal(o.toString());
  }

  private static BigDecimal ratio(Object weighted, Object weights) {
    BigDecimal w = decimal(weights);
    return w.signum() == 0 ? null : decimal(weighted).divide(w, 2, RoundingMode.HALF_UP);
  }
}
