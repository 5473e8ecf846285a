package th.go.cdd.performance.roster;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.people.WorkGroup;
import th.go.cdd.performance.program.Province;
import th.go.cdd.performance.shared.BaseEntity;

/**
 * A person moved to another group or provincial office by a roster import, from a date. A move
 * whose date has not come yet is pending: the person stays where they are until the periodic
 * {@code applyRosterMoves} process applies it on that day.
 */
@Entity
@Table(name = "person_move")
@NamedQuery(name = "PersonMove.findByPerson", query = "select m from PersonMove m where m.person = :person order by m.effectiveFrom, m.id")
@NamedQuery(name = "PersonMove.findPendingByPerson",
    query = "select m from PersonMove m where m.person = :person and m.appliedAt is null order by m.effectiveFrom, m.id")
@NamedQuery(name = "PersonMove.findDue",
    query = "select m from PersonMove m where m.appliedAt is null and m.effectiveFrom <= :today order by m.effectiveFrom, m.id")
public class PersonMove extends BaseEntity {
  @ManyToOne(optional = false) private Person person;
  @ManyToOne private Province fromProvince;
  @ManyToOne private WorkGroup fromGroup;
  @ManyToOne private Province toProvince;
  @ManyToOne private WorkGroup toGroup;
  private LocalDate effectiveFrom;
  private Instant recordedAt;
  private String recordedBy;
  /** When the person was actually moved; null while the move waits for its date. */
  private Instant appliedAt;

  protected PersonMove() {}

  public PersonMove(Person person, Province fromProvince, WorkGroup fromGroup, Province toProvince, WorkGroup toGroup,
      LocalDate effectiveFrom, Instant recordedAt, String recordedBy) {
    this.person = person;
    this.fromProvince = fromProvince;
    this.fromGroup = fromGroup;
    this.toProvince = toProvince;
    this.toGroup = toGroup;
    this.effectiveFrom = effectiveFrom;
    this.recordedAt = recordedAt;
    this.recordedBy = recordedBy;
  }

  public boolean isPending() {
    return appliedAt == null;
  }

  /** Whether this move takes the person to that office and group from that date. */
  public boolean leadsTo(Province province, WorkGroup group, LocalDate from) {
    return Objects.equals(toProvince == null ? null : toProvince.getCode(), province == null ? null : province.getCode())
        && Objects.equals(toGroup == null ? null : toGroup.getCode(), group == null ? null : group.getCode())
        && Objects.equals(effectiveFrom, from);
  }

  /** Moves the person (their position stays) and records when. */
  void apply(Instant now) {
    person.placeIn(toProvince, toGroup, person.getPositionTh());
    this.appliedAt = now;
  }

  public Instant getAppliedAt() {
    return appliedAt;
  }

  public Person getPerson() {
    return person;
  }

  public Province getFromProvince() {
    return fromProvince;
  }

  public WorkGroup getFromGroup() {
    return fromGroup;
  }

  public Province getToProvince() {
    return toProvince;
  }

  public WorkGroup getToGroup() {
    return toGroup;
  }

  public LocalDate getEffectiveFrom() {
    return effectiveFrom;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public String getRecordedBy() {
    return recordedBy;
  }
}
