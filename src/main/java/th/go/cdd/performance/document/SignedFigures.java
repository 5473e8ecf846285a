package th.go.cdd.performance.document;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import th.go.cdd.performance.program.KpiKind;
import th.go.cdd.performance.program.KpiLevel;
import th.go.cdd.performance.program.LevelScale;
import th.go.cdd.performance.report.KpiEntry;
import th.go.cdd.performance.report.Report;

/**
 * Reads what each KPI of a report came to, for the paper and the verification page alike: the
 * stored figures and level (the ones the signatures hash) and, for counts, the staff member's sum
 * over the program's rounds up to this one.
 */
final class SignedFigures {
  private SignedFigures() {}

  /** KPI number to the year-to-date sum of the framework's count KPIs (withdrawn reports left out). */
  static Map<Integer, BigDecimal> yearToDate(EntityManager em, Report report) {
    Map<Integer, BigDecimal> sums = new HashMap<>();
    for (Object[] row : em.createNamedQuery("KpiEntry.yearToDate", Object[].class)
        .setParameter("staff", report.getStaff()).setParameter("program", report.getRound().getProgram())
        .setParameter("upTo", report.getRound().getNumber()).getResultList()) {
      if (row[1] != null) {
        sums.put(((Number) row[0]).intValue(), (BigDecimal) row[1]);
      }
    }
    return sums;
  }

  static SummaryData.Result of(KpiEntry e, Map<Integer, BigDecimal> yearToDate) {
    KpiKind kind = e.getKind();
    BigDecimal percent = kind == KpiKind.PERCENTAGE && e.getFigure() != null && e.getBase() != null && e.getBase().signum() > 0
        ? LevelScale.percentage(e.getFigure(), e.getBase()) : null;
    BigDecimal ytd = !e.isAssigned() && KpiResultText.hasYearToDate(kind) && e.getFigure() != null ? yearToDate.get(e.getNumber()) : null;
    return new SummaryData.Result(kind, e.getFigure(), e.getBase(), percent, ytd, e.getUnitTh(), e.getLevel(), words(e));
  }

  private static String words(KpiEntry e) {
    if (e.getLevel() == null || e.getLevel() < 1) {
      return null;
    }
    return e.getLevels().stream().filter(l -> l.getLevel() == e.getLevel()).map(KpiLevel::getDescriptionTh).findFirst().orElse(null);
  }
}
