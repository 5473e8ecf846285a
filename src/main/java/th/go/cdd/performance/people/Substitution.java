package th.go.cdd.performance.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import th.go.cdd.performance.shared.BaseEntity;

/**
 * A group director or provincial officer (the principal) away on leave or training names a
 * substitute in the same province (see {@link #eligible}) for a range of days; during it the
 * principal's tasks reach the substitute, who signs on the principal's behalf.
 */
@Entity
@Table(name = "substitution", indexes = @Index(name = "substitution_substitute", columnList = "SUBSTITUTE_ID,FROMDATE,TODATE"))
@NamedQuery(name = "Substitution.activeForSubstitute",
    query = "select s from Substitution s where s.substitute = :substitute and s.cancelled = false and s.fromDate <= :day and s.toDate >= :day")
@NamedQuery(name = "Substitution.overlapping",
    query = "select s from Substitution s where s.principal = :principal and s.cancelled = false and s.fromDate <= :to and s.toDate >= :from")
@NamedQuery(name = "Substitution.findByPrincipal",
    query = "select s from Substitution s where s.principal = :principal and s.cancelled = false order by s.fromDate desc")
@NamedQuery(name = "Substitution.findBySubstitute",
    query = "select s from Substitution s where s.substitute = :substitute and s.cancelled = false and s.toDate >= :day order by s.fromDate")
@NamedQuery(name = "Substitution.currentAndFutureOf",
    query = "select s from Substitution s where (s.principal = :person or s.substitute = :person) and s.cancelled = false and s.toDate >= :day")
@NamedQuery(name = "Substitution.findCurrentAndFuture",
    query = "select s from Substitution s where s.cancelled = false and s.toDate >= :day order by s.fromDate desc")
public class Substitution extends BaseEntity {
  public static final int MAX_DAYS = 366;

  @ManyToOne(optional = false)
  private Person principal;

  @ManyToOne(optional = false)
  private Person substitute;

  @Column(nullable = false)
  private LocalDate fromDate;

  /** The last day of the substitution, inclusive. */
  @Column(nullable = false)
  private LocalDate toDate;

  @Column(length = 1000, nullable = false)
  private String reason;

  @Column(length = 64)
  private String createdBy;

  private Instant createdAt;
  private boolean cancelled;

  protected Substitution() {}

  public Substitution(Person principal, Person substitute, LocalDate fromDate, LocalDate toDate, String reason, String createdBy, Instant now) {
    this.principal = Objects.requireNonNull(principal);
    this.substitute = Objects.requireNonNull(substitute);
    this.fromDate = Objects.requireNonNull(fromDate);
    this.toDate = Objects.requireNonNull(toDate);
    this.reason = Objects.requireNonNull(reason);
    this.createdBy = createdBy;
    this.createdAt = now;
    if (toDate.isBefore(fromDate)) {
      throw new IllegalArgumentException("a substitution ends on or after its first day");
    }
  }

  /**
   * Whether a person may stand in for another, in the same province: a group director for a group
   * director, and for a provincial officer another officer or a group director (the acting
   * provincial development officer is usually one of the province's group directors).
   */
  public static boolean eligible(Person principal, Person substitute) {
    if (principal == null || substitute == null || principal.getUsername().equals(substitute.getUsername())
        || principal.getProvince() == null || substitute.getProvince() == null
        || !principal.getProvince().getCode().equals(substitute.getProvince().getCode())) {
      return false;
    }
    return switch (principal.getRole()) {
      case DIRECTOR -> substitute.getRole() == Role.DIRECTOR;
      case OFFICER -> substitute.getRole() == Role.OFFICER || substitute.getRole() == Role.DIRECTOR;
      default -> false;
    };
  }

  public boolean isActiveOn(LocalDate day) {
    return !cancelled && !day.isBefore(fromDate) && !day.isAfter(toDate);
  }

  public void cancel() {
    this.cancelled = true;
  }

  public Person getPrincipal() {
    return principal;
  }

  public Person getSubstitute() {
    return substitute;
  }

  public LocalDate getFromDate() {
    return fromDate;
  }

  public LocalDate getToDate() {
    return toDate;
  }

  public String getReason() {
    return reason;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public boolean isCancelled() {
    return cancelled;
  }
}
