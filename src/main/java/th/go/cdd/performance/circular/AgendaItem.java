package th.go.cdd.performance.circular;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalTime;
import java.util.Objects;
import th.go.cdd.performance.program.Program;
import th.go.cdd.performance.shared.BaseEntity;

/** One line of the orientation agenda: a time slot, the topic and who speaks. */
@Entity
@Table(name = "agenda_item")
@NamedQuery(name = "AgendaItem.findByProgram",
    query = "select a from AgendaItem a where a.program = :program order by a.position")
@NamedQuery(name = "AgendaItem.deleteByProgram", query = "delete from AgendaItem a where a.program = :program")
public class AgendaItem extends BaseEntity {
  @ManyToOne(optional = false)
  private Program program;

  private int position;
  private LocalTime startsAt;
  private LocalTime endsAt;

  @Column(length = 1000)
  private String topic;

  @Column(length = 500)
  private String speaker;

  protected AgendaItem() {}

  public AgendaItem(Program program, int position, AgendaText.Line line) {
    this.program = Objects.requireNonNull(program);
    this.position = position;
    this.startsAt = line.startsAt();
    this.endsAt = line.endsAt();
    this.topic = line.topic();
    this.speaker = line.speaker();
  }

  public AgendaText.Line line() {
    return new AgendaText.Line(startsAt, endsAt, topic, speaker);
  }

  public int getPosition() {
    return position;
  }

  public LocalTime getStartsAt() {
    return startsAt;
  }

  public LocalTime getEndsAt() {
    return endsAt;
  }

  public String getTopic() {
    return topic;
  }

  public String getSpeaker() {
    return speaker;
  }

  public String getTimes() {
    return line().times();
  }
}
