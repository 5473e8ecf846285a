package th.go.cdd.performance.document;

import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import th.go.cdd.performance.approval.Seals;
import th.go.cdd.performance.approval.Signature;
import th.go.cdd.performance.report.Report;

/**
 * The verification page's check, outside the server, of every report with a signature in a database
 * (and, inside the chaos WAR, of a restored database: the restore drill's ChainsServlet).
 */
public final class EverySignedReport {
  private EverySignedReport() {}

  public static List<Verification.Result> verify(EntityManager em, Seals seals) {
    return List.copyOf(byReport(em, seals).values());
  }

  /** Each signed report's id with what the verification page says of its last signature's code. */
  public static Map<Long, Verification.Result> byReport(EntityManager em, Seals seals) {
    Verification verification = new Verification(em, seals);
    List<Report> signed = em.createQuery("select distinct s.report from Signature s", Report.class).getResultList();
    Map<Long, Verification.Result> results = new LinkedHashMap<>();
    for (Report report : signed) {
      List<Signature> chain = em.createNamedQuery("Signature.findByReport", Signature.class).setParameter("report", report).getResultList();
      results.put(report.getId(), verification.verify(Verification.codeOf(report, chain.get(chain.size() - 1))));
    }
    return results;
  }
}
