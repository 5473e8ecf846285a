package th.go.cdd.performance.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.program.ReportingRound;
import th.go.cdd.performance.shared.BaseEntity;

/**
 * A round's due date extended for a province or one staff member, kept for the reports that have
 * not opened yet: when such a report opens it takes the latest of the program's date and these.
 * Reports already open are moved when the extension is made.
 */
@Entity
@Table(name = "due_date_override", indexes = @Index(name = "due_override_round", columnList = "ROUND_ID,PROVINCECODE"))
@NamedQuery(name = "DueDateOverride.findApplicable",
    query = "select o from DueDateOverride o where o.round = :round and (o.staff = :staff or (o.staff is null and o.provinceCode = :province))")
public class DueDateOverride extends BaseEntity {
  @ManyToOne(optional = false)
  private ReportingRound round;

  @Column(length = 10)
  private String provinceCode;

  @ManyToOne private Person staff;

  @Column(nullable = false)
  private LocalDate dueDate;

  @Column(length = 64)
  private String createdBy;

  private Instant createdAt;

  protected DueDateOverride() {}

  private DueDateOverride(ReportingRound round, String provinceCode, Person staff, LocalDate dueDate, String createdBy, Instant now) {
    this.round = Objects.requireNonNull(round);
    this.provinceCode = provinceCode;
    this.staff = staff;
    this.dueDate = Objects.requireNonNull(dueDate);
    this.createdBy = createdBy;
    this.createdAt = now;
  }

  public static DueDateOverride forProvince(ReportingRound round, String provinceCode, LocalDate dueDate, String createdBy, Instant now) {
    return new DueDateOverride(round, Objects.requireNonNull(provinceCode), null, dueDate, createdBy, now);
  }

  public static DueDateOverride forStaff(ReportingRound round, Person staff, LocalDate dueDate, String createdBy, Instant now) {
    return new DueDateOverride(round, staff.getProvince() == null ? null : staff.getProvince().getCode(), Objects.requireNonNull(staff), dueDate,
        createdBy, now);
  }

  public ReportingRound getRound() {
    return round;
  }

  public String getProvinceCode() {
    return provinceCode;
  }

  public Person getStaff() {
    return staff;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }
}
