package th.go.cdd.performance.monitoring;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import th.go.cdd.performance.people.People;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.program.Program;
import th.go.cdd.performance.program.ReportingRound;
import th.go.cdd.performance.report.ReportStatus;
import th.go.cdd.performance.shared.BusinessException;
import th.go.cdd.performance.shared.ThaiDates;

/**
 * Every province's progress in one round, counted by the database: three grouped queries
 * (provinces of the program's cohorts, staff who take part, reports by status) whatever the
 * number of staff.
 *
 * <p>Staff who take part in a round: hired under the program with a contract that overlaps the
 * round, and not out of the program before the round started; a report withdrawn because the
 * participation ended takes its staff member out of the round's counts.
 */
@Stateless
public class Dashboard {
  @PersistenceContext private EntityManager em;
  @Inject private People people;
  @Inject private Clock clock;

  public List<Program> programs() {
    return em.createNamedQuery("Program.findAll", Program.class).getResultList();
  }

  /** The round a user asked for, or a clear refusal for an unknown one. */
  public ReportingRound round(long roundId) {
    ReportingRound round = em.find(ReportingRound.class, roundId);
    if (round == null) {
      throw new BusinessException("monitoring.noSuchRound");
    }
    return round;
  }

  /** The round whose period holds today, else the last one that has started, else the first. */
  public ReportingRound currentRound(Program program) {
    LocalDate today = today();
    ReportingRound current = program.getRounds().get(0);
    for (ReportingRound r : program.getRounds()) {
      if (!r.getPeriodStart().isAfter(today)) {
        current = r;
      }
    }
    return current;
  }

  public List<ProvinceProgress> progress(String username, long roundId) {
    Person user = people.byUsername(username);
    MonitoringScope scope = MonitoringScope.of(user);
    ReportingRound round = round(roundId);
    Map<String, Long> staff = staffByProvince(scope, round);
    Map<String, long[]> reports = reportsByProvince(scope, round);
    List<ProvinceProgress> rows = new ArrayList<>();
    List<Object[]> provinces = em.createQuery(
            "select c.number, p.code, p.nameTh, p.nameEn from Cohort c join c.provinces p where c.program = :program", Object[].class)
        .setParameter("program", round.getProgram()).getResultList();
    for (Object[] p : provinces) {
      String code = (String) p[1];
      if (!scope.covers(code)) {
        continue;
      }
      long[] r = reports.getOrDefault(code, new long[7]);
      long taking = staff.getOrDefault(code, 0L) - r[6];
      rows.add(new ProvinceProgress(code, (String) p[2], (String) p[3], (Integer) p[0], Region.ofProvinceCode(code),
          new ReportCounts(taking, r[0], r[1], r[2], r[3], r[4], r[5])));
    }
    rows.sort(Comparator.comparingInt(ProvinceProgress::cohort).thenComparing(ProvinceProgress::code));
    return rows;
  }

  public static ReportCounts total(List<ProvinceProgress> rows) {
    return rows.stream().map(ProvinceProgress::counts).reduce(ReportCounts.NONE, ReportCounts::plus);
  }

  private Map<String, Long> staffByProvince(MonitoringScope scope, ReportingRound round) {
    Map<String, Object> params = new HashMap<>();
    String jpql = "select s.province.code, count(s) from Person s where s.role = th.go.cdd.performance.people.Role.STAFF"
        + " and s.cohort.program = :program and s.contractStart <= :roundEnd and s.contractEnd >= :roundStart"
        + " and (s.participationEnd is null or s.participationEnd >= :roundStart) and " + scope.condition(params)
        + " group by s.province.code";
    TypedQuery<Object[]> q = em.createQuery(jpql, Object[].class)
        .setParameter("program", round.getProgram())
        .setParameter("roundStart", round.getPeriodStart())
        .setParameter("roundEnd", round.getPeriodEnd());
    params.forEach(q::setParameter);
    Map<String, Long> result = new HashMap<>();
    for (Object[] row : q.getResultList()) {
      result.put((String) row[0], ((Number) row[1]).longValue());
    }
    return result;
  }

  /** Per province: started drafts, with director, with officer, returned, signed, overdue, withdrawn. */
  private Map<String, long[]> reportsByProvince(MonitoringScope scope, ReportingRound round) {
    Map<String, Object> params = new HashMap<>();
    String jpql = "select s.province.code, r.status, sum(case when r.startedAt is null then 0 else 1 end),"
        + " count(r), sum(case when r.dueDate < :today then 1 else 0 end)"
        + " from Report r join r.staff s where r.round = :round and " + scope.condition(params)
        + " group by s.province.code, r.status";
    TypedQuery<Object[]> q = em.createQuery(jpql, Object[].class)
        .setParameter("round", round)
        .setParameter("today", today());
    params.forEach(q::setParameter);
    Map<String, long[]> result = new HashMap<>();
    for (Object[] row : q.getResultList()) {
      long[] c = result.computeIfAbsent((String) row[0], k -> new long[7]);
      ReportStatus status = (ReportStatus) row[1];
      long started = ((Number) row[2]).longValue();
      long all = ((Number) row[3]).longValue();
      long late = ((Number) row[4]).longValue();
      switch (status) {
        case DRAFT -> c[0] += started;
        case WITH_DIRECTOR -> c[1] += all;
        case WITH_OFFICER -> c[2] += all;
        case RETURNED -> c[3] += all;
        case SIGNED -> c[4] += all;
        case WITHDRAWN -> c[6] += all;
      }
      if (status.isOpen()) {
        c[5] += late;
      }
    }
    return result;
  }

  LocalDate today() {
    return LocalDate.now(clock.withZone(ThaiDates.BANGKOK));
  }
}
