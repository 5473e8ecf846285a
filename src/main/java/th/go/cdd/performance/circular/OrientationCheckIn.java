package th.go.cdd.performance.circular;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.util.Objects;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.program.Program;
import th.go.cdd.performance.shared.BaseEntity;

/** A staff member checked in to the program's orientation (once), written with the task's completion. */
@Entity
@Table(name = "orientation_check_in", uniqueConstraints = @UniqueConstraint(columnNames = {"program_id", "person_id"}))
@NamedQuery(name = "OrientationCheckIn.findByProgramAndProvince",
    query = "select c from OrientationCheckIn c where c.program = :program and c.person.province.code = :province")
@NamedQuery(name = "OrientationCheckIn.expectedStaff",
    query = "select p from Person p where p.role = th.go.cdd.performance.people.Role.STAFF and p.province.code = :province"
        + " and p.cohort.program = :program order by p.nameSortKey")
@NamedQuery(name = "OrientationCheckIn.expectedOfficers",
    query = "select p from Person p where p.role = th.go.cdd.performance.people.Role.OFFICER and p.province.code = :province"
        + " order by p.nameSortKey")
@NamedQuery(name = "OrientationCheckIn.countByProgramAndPerson",
    query = "select count(c) from OrientationCheckIn c where c.program = :program and c.person = :person")
public class OrientationCheckIn extends BaseEntity {
  @ManyToOne(optional = false)
  private Program program;

  @ManyToOne(optional = false)
  private Person person;

  private Instant checkedInAt;

  protected OrientationCheckIn() {}

  public OrientationCheckIn(Program program, Person person, Instant checkedInAt) {
    this.program = Objects.requireNonNull(program);
    this.person = Objects.requireNonNull(person);
    this.checkedInAt = Objects.requireNonNull(checkedInAt);
  }

  public Program getProgram() {
    return program;
  }

  public Person getPerson() {
    return person;
  }

  public Instant getCheckedInAt() {
    return checkedInAt;
  }
}
