package th.go.cdd.performance.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import th.go.cdd.performance.shared.BaseEntity;

/** One administrative act: who did what to which report, person, province or round, when and why. Never changed. */
@Entity
@Table(name = "audit_entry", indexes = {
  @Index(name = "audit_at", columnList = "AT"),
  @Index(name = "audit_province_at", columnList = "PROVINCECODE,AT"),
  @Index(name = "audit_report", columnList = "REPORTID")
})
@NamedQuery(name = "AuditEntry.findByReport", query = "select a from AuditEntry a where a.reportId = :reportId order by a.at, a.id")
public class AuditEntry extends BaseEntity {
  @Column(nullable = false)
  private Instant at;

  @Column(nullable = false, length = 64)
  private String actorUsername;

  @Column(length = 300)
  private String actorName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private AuditAction action;

  private Long reportId;

  @Column(length = 64)
  private String personUsername;

  @Column(length = 10)
  private String provinceCode;

  private Long roundId;

  @Column(length = 500)
  private String targetLabel;

  @Column(nullable = false, length = 1000)
  private String reason;

  @Column(length = 2000)
  private String details;

  protected AuditEntry() {}

  public AuditEntry(Instant at, String actorUsername, String actorName, AuditAction action, AuditTarget target, String reason, String details) {
    this.at = Objects.requireNonNull(at);
    this.actorUsername = Objects.requireNonNull(actorUsername);
    this.actorName = actorName;
    this.action = Objects.requireNonNull(action);
    this.reportId = target.reportId();
    this.personUsername = target.personUsername();
    this.provinceCode = target.provinceCode();
    this.roundId = target.roundId();
    this.targetLabel = cut(target.label(), 500);
    this.reason = Objects.requireNonNull(reason);
    this.details = cut(details, 2000);
  }

  private static String cut(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }

  public Instant getAt() {
    return at;
  }

  public String getActorUsername() {
    return actorUsername;
  }

  public String getActorName() {
    return actorName;
  }

  public AuditAction getAction() {
    return action;
  }

  public Long getReportId() {
    return reportId;
  }

  public String getPersonUsername() {
    return personUsername;
  }

  public String getProvinceCode() {
    return provinceCode;
  }

  public Long getRoundId() {
    return roundId;
  }

  public String getTargetLabel() {
    return targetLabel;
  }

  public String getReason() {
    return reason;
  }

  public String getDetails() {
    return details;
  }
}
