package th.go.cdd.performance.document;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import th.go.cdd.performance.access.AccessPolicy;
import th.go.cdd.performance.approval.ApprovalService;
import th.go.cdd.performance.approval.Signature;
import th.go.cdd.performance.monitoring.ProcessTrail;
import th.go.cdd.performance.monitoring.ProcessTrail.Trail;
import th.go.cdd.performance.people.Duties;
import th.go.cdd.performance.people.People;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.report.EvidenceFile;
import th.go.cdd.performance.report.Report;

/**
 * What the report page shows, read for one request: the user and the principals they stand in for
 * today are looked up once, the access check is made once ({@link #read}), and the page's further
 * reads (evidence, signatures, the process trail) take the {@link ReportRead} that check produced
 * instead of looking the user up again. The page reads the parts it renders, so an autosave's
 * partial render reads the report alone.
 */
@Stateless
public class ReportReading {
  @PersistenceContext private EntityManager em;
  @Inject private People people;
  @Inject private Duties duties;
  @Inject private ProcessTrail trails;

  /** The report as this user may see it, with what they may do on it now; refused like any other read. */
  public ReportRead read(String username, long reportId) {
    Person user = people.byUsername(username);
    List<Person> principals = duties.principalsOf(user);
    Report report = em.find(Report.class, reportId);
    AccessPolicy.requireSee(user, report, principals);
    return new ReportRead(report, user, principals, ApprovalService.actionableStep(user, principals, report),
        ApprovalService.actingFor(user, principals, report));
  }

  public List<EvidenceFile> evidence(ReportRead read) {
    return em.createNamedQuery("EvidenceFile.findByReport", EvidenceFile.class).setParameter("report", read.report()).getResultList();
  }

  /** The signatures in chain order. */
  public List<Signature> history(ReportRead read) {
    return em.createNamedQuery("Signature.findByReport", Signature.class).setParameter("report", read.report()).getResultList();
  }

  /** Where the report's process stands (the trail checks the same rights again, without a query). */
  public Trail trail(ReportRead read) {
    return trails.of(read.user(), read.principals(), read.report());
  }
}
