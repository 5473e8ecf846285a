package th.go.cdd.performance.approval;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.report.Report;
import th.go.cdd.performance.report.ReportSubmission;
import th.go.cdd.performance.shared.BaseEntity;

/**
 * An electronic signature (or a return) on one submitted version of a report, with the SHA-256 of
 * that version's canonical form chained to the previous signature of the report.
 */
@Entity
@Table(name = "signature", uniqueConstraints = @jakarta.persistence.UniqueConstraint(columnNames = {"REPORT_ID", "POSITION"}))
@NamedQuery(name = "Signature.findByReport", query = "select s from Signature s where s.report = :report order by s.position")
@NamedQuery(name = "Signature.countByReportStepAndSubmission", query = "select count(s) from Signature s where s.report = :report and s.submission = :submission and s.step = :step")
public class Signature extends BaseEntity {
  @ManyToOne(optional = false)
  private Report report;

  @ManyToOne(optional = false)
  private ReportSubmission submission;

  /** 1, 2, 3 … in the report's chain: the order the hashes chain in, whatever the clocks say. */
  private int position;

  @Enumerated(EnumType.STRING)
  private SignatureStep step;

  @Enumerated(EnumType.STRING)
  private Decision decision;

  @ManyToOne(optional = false)
  private Person signer;

  @ManyToOne private Person onBehalfOf;

  private Instant signedAt;

  @Column(length = 2000)
  private String comment;

  @Column(length = 64, nullable = false)
  private String hash;

  @Column(length = 64)
  private String previousHash;

  private int formatVersion;

  /** HMAC-SHA256 of {@link #hash} with a key outside the database ({@link Seals}); null for signatures made before sealing. */
  @Column(length = 64)
  private String seal;

  /** The id of the key that made the seal (its alias in the seal keystore). */
  @Column(length = 100)
  private String sealKeyId;

  protected Signature() {}

  public Signature(Report report, ReportSubmission submission, int position, SignatureStep step, Decision decision, Person signer,
      Person onBehalfOf, Instant signedAt, String comment, String hash, String previousHash, int formatVersion) {
    this.report = Objects.requireNonNull(report);
    this.submission = Objects.requireNonNull(submission);
    this.position = position;
    this.step = Objects.requireNonNull(step);
    this.decision = Objects.requireNonNull(decision);
    this.signer = Objects.requireNonNull(signer);
    this.onBehalfOf = onBehalfOf;
    this.signedAt = Objects.requireNonNull(signedAt);
    this.comment = comment;
    this.hash = Objects.requireNonNull(hash);
    this.previousHash = previousHash;
    this.formatVersion = formatVersion;
  }

  /** Seals the hash, once, when the signature is made. */
  void sealWith(Seals.Seal s) {
    if (seal != null) {
      throw new IllegalStateException("a signature is sealed once");
    }
    this.seal = s.value();
    this.sealKeyId = s.keyId();
  }

  public String getSeal() {
    return seal;
  }

  public String getSealKeyId() {
    return sealKeyId;
  }

  public Report getReport() {
    return report;
  }

  public ReportSubmission getSubmission() {
    return submission;
  }

  public int getPosition() {
    return position;
  }

  public SignatureStep getStep() {
    return step;
  }

  public Decision getDecision() {
    return decision;
  }

  public Person getSigner() {
    return signer;
  }

  public Person getOnBehalfOf() {
    return onBehalfOf;
  }

  public Instant getSignedAt() {
    return signedAt;
  }

  public String getComment() {
    return comment;
  }

  public String getHash() {
    return hash;
  }

  public String getPreviousHash() {
    return previousHash;
  }

  public int getFormatVersion() {
    return formatVersion;
  }
}
