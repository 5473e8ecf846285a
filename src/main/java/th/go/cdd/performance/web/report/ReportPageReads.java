package th.go.cdd.performance.web.report;

import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import th.go.cdd.performance.document.ReportRead;
import th.go.cdd.performance.approval.Signature;
import th.go.cdd.performance.monitoring.ProcessTrail.Trail;
import th.go.cdd.performance.report.EvidenceFile;

/**
 * What the report page read from the database in this request: the report (one read after one
 * access check, {@code approval/ReportReading}), its evidence, its signatures and its trail. Kept for one request only, so a signed-in session holds the form's
 * typed values but no entity graphs between requests.
 */
@RequestScoped
public class ReportPageReads {
  private ReportRead read;
  private List<EvidenceFile> evidence;
  private List<Signature> history;
  private Trail trail;
  /** Why the trail is empty when the service refused it, in the page's language; null otherwise. */
  private String trailRefusal;

  public ReportRead getRead() {
    return read;
  }

  /** A report (re)read: what was read with the one before is read again when it is needed. */
  public void setRead(ReportRead read) {
    this.read = read;
    this.evidence = null;
    this.history = null;
    this.trail = null;
    this.trailRefusal = null;
  }

  public List<EvidenceFile> getEvidence() {
    return evidence;
  }

  public void setEvidence(List<EvidenceFile> evidence) {
    this.evidence = evidence;
  }

  public List<Signature> getHistory() {
    return history;
  }

  public void setHistory(List<Signature> history) {
    this.history = history;
  }

  public Trail getTrail() {
    return trail;
  }

  public void setTrail(Trail trail) {
    setTrail(trail, null);
  }

  public void setTrail(Trail trail, String refusal) {
    this.trail = trail;
    this.trailRefusal = refusal;
  }

  public String getTrailRefusal() {
    return trailRefusal;
  }
}
