package th.go.cdd.performance.document;

import jakarta.persistence.EntityManager;
import java.util.List;
import th.go.cdd.performance.approval.Seals;
import th.go.cdd.performance.approval.Signature;
import th.go.cdd.performance.report.Report;

/** The verification page's check, outside the server, of every report with a signature in a database. */
public final class EverySignedReport {
  private EverySignedReport() {}

  public static List<Verification.Result> verify(EntityManager em, Seals seals) {
    Verification verification = new Verification(em, seals);
    List<Report> signed = em.createQuery("select distinct s.report from Signature s", Report.class).getResultList();
    return signed.stream().map(report -> {
      List<Signature> chain = em.createNamedQuery("Signature.findByReport", Signature.class).setParameter("report", report).getResultList();
      return verification.verify(Verification.codeOf(report, chain.get(chain.size() - 1)));
    }).toList();
  }
}
