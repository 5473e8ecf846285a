package th.go.cdd.performance.circular;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.util.Objects;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.program.Program;
import th.go.cdd.performance.shared.BaseEntity;

/** A staff member acknowledged the program's circular, written with the task's completion. */
@Entity
@Table(name = "circular_acknowledgement", uniqueConstraints = @UniqueConstraint(columnNames = {"program_id", "person_id"}))
public class CircularAcknowledgement extends BaseEntity {
  @ManyToOne(optional = false)
  private Program program;

  @ManyToOne(optional = false)
  private Person person;

  private Instant acknowledgedAt;

  protected CircularAcknowledgement() {}

  public CircularAcknowledgement(Program program, Person person, Instant acknowledgedAt) {
    this.program = Objects.requireNonNull(program);
    this.person = Objects.requireNonNull(person);
    this.acknowledgedAt = Objects.requireNonNull(acknowledgedAt);
  }

  public Instant getAcknowledgedAt() {
    return acknowledgedAt;
  }
}
