package th.go.cdd.performance.report;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import th.go.cdd.performance.shared.BaseEntity;

/** An evidence file (PDF or image) attached to a KPI of a report, with its own SHA-256. */
@Entity
@Table(name = "evidence_file")
@NamedQuery(name = "EvidenceFile.findByReport", query = "select e from EvidenceFile e where e.report = :report and e.removed = false order by e.kpiNumber, e.id")
// the verification page's read: the stored hashes, not the files' bytes (a report may hold 50 files of 10 MB)
@NamedQuery(name = "EvidenceFile.digestsByReport", query = "select new th.go.cdd.performance.report.EvidenceDigest(e.kpiNumber, e.fileName, e.size, e.sha256)"
    + " from EvidenceFile e where e.report = :report and e.removed = false")
@NamedQuery(name = "EvidenceFile.countByReport", query = "select count(e) from EvidenceFile e where e.report = :report and e.removed = false")
@NamedQuery(name = "EvidenceFile.countByReportAndKpi", query = "select count(e) from EvidenceFile e where e.report = :report and e.kpiNumber = :kpi and e.removed = false")
public class EvidenceFile extends BaseEntity {
  @ManyToOne(optional = false)
  private Report report;

  private int kpiNumber;
  private String fileName;
  private String contentType;
  private long size;

  @Column(length = 64)
  private String sha256;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  private byte[] content;

  private Instant uploadedAt;

  /** Removed from the draft; kept because an earlier submitted version may list it. */
  private boolean removed;

  protected EvidenceFile() {}

  public EvidenceFile(Report report, int kpiNumber, String fileName, String contentType, byte[] content, String sha256, Instant uploadedAt) {
    this.report = Objects.requireNonNull(report);
    this.kpiNumber = kpiNumber;
    this.fileName = Objects.requireNonNull(fileName);
    this.contentType = Objects.requireNonNull(contentType);
    this.content = Objects.requireNonNull(content);
    this.size = content.length;
    this.sha256 = Objects.requireNonNull(sha256);
    this.uploadedAt = uploadedAt;
  }

  public void remove() {
    this.removed = true;
  }

  public Report getReport() {
    return report;
  }

  public int getKpiNumber() {
    return kpiNumber;
  }

  public String getFileName() {
    return fileName;
  }

  public String getContentType() {
    return contentType;
  }

  public long getSize() {
    return size;
  }

  public String getSha256() {
    return sha256;
  }

  public byte[] getContent() {
    return content;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }

  public boolean isRemoved() {
    return removed;
  }
}
