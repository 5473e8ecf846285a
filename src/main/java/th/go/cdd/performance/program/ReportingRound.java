package th.go.cdd.performance.program;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import th.go.cdd.performance.shared.BaseEntity;

/** A reporting round of a program: its period and the follow-up (due) date. */
@Entity
@Table(name = "reporting_round")
@NamedQuery(name = "ReportingRound.numbers", query = "select distinct rd.number from ReportingRound rd order by rd.number")
public class ReportingRound extends BaseEntity {
  @ManyToOne(optional = false)
  private Program program;

  private int number;
  private LocalDate periodStart;
  private LocalDate periodEnd;
  private LocalDate dueDate;

  protected ReportingRound() {}

  ReportingRound(Program program, int number, LocalDate periodStart, LocalDate periodEnd, LocalDate dueDate) {
    this.program = Objects.requireNonNull(program);
    if (periodEnd.isBefore(periodStart) || dueDate.isBefore(periodStart)) {
      throw new IllegalArgumentException("round " + number + ": dates out of order");
    }
    this.number = number;
    this.periodStart = periodStart;
    this.periodEnd = periodEnd;
    this.dueDate = dueDate;
  }

  /** New dates; their order and place in the year are checked by {@link ProgramRules}. */
  public void reschedule(LocalDate start, LocalDate end, LocalDate due) {
    this.periodStart = Objects.requireNonNull(start);
    this.periodEnd = Objects.requireNonNull(end);
    this.dueDate = Objects.requireNonNull(due);
  }

  void numberDown() {
    number--;
  }

  public Program getProgram() {
    return program;
  }

  public int getNumber() {
    return number;
  }

  public LocalDate getPeriodStart() {
    return periodStart;
  }

  public LocalDate getPeriodEnd() {
    return periodEnd;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }
}
