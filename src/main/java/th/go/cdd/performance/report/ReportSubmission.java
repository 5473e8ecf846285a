package th.go.cdd.performance.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import th.go.cdd.performance.shared.BaseEntity;

/**
 * A frozen copy of the report as submitted: its canonical form, never changed afterwards, so what
 * each signer signed stays readable after a return and resubmission.
 */
@Entity
@Table(name = "report_submission")
public class ReportSubmission extends BaseEntity {
  @ManyToOne(optional = false)
  private Report report;

  private int number;

  @Lob
  @Column(nullable = false)
  private String canonicalForm;

  private Instant submittedAt;

  protected ReportSubmission() {}

  public ReportSubmission(Report report, int number, String canonicalForm, Instant submittedAt) {
    this.report = Objects.requireNonNull(report);
    this.number = number;
    this.canonicalForm = Objects.requireNonNull(canonicalForm);
    this.submittedAt = submittedAt;
  }

  public Report getReport() {
    return report;
  }

  public int getNumber() {
    return number;
  }

  public String getCanonicalForm() {
    return canonicalForm;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }
}
