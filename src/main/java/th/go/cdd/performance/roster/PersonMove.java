package th.go.cdd.performance.roster;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.people.WorkGroup;
import th.go.cdd.performance.program.Province;
import th.go.cdd.performance.shared.BaseEntity;

/** A person moved to another group or provincial office by a roster import, from a date. */
@Entity
@Table(name = "person_move")
@NamedQuery(name = "PersonMove.findByPerson", query = "select m from PersonMove m where m.person = :person order by m.effectiveFrom, m.id")
public class PersonMove extends BaseEntity {
  @ManyToOne(optional = false) private Person person;
  @ManyToOne private Province fromProvince;
  @ManyToOne private WorkGroup fromGroup;
  @ManyToOne private Province toProvince;
  @ManyToOne private WorkGroup toGroup;
  private LocalDate effectiveFrom;
  private Instant recordedAt;
  private String recordedBy;

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
