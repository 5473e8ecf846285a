package th.go.cdd.performance.web.program;

import java.io.Serializable;
import java.time.LocalDate;

/** The period of a cohort (start, end) or a round (start, end, due) being edited. */
public class PeriodForm implements Serializable {
  private static final long serialVersionUID = 1L;
  private final Long id;
  private final int number;
  private LocalDate start;
  private LocalDate end;
  private LocalDate due;

  PeriodForm(Long id, int number, LocalDate start, LocalDate end, LocalDate due) {
    this.id = id;
    this.number = number;
    this.start = start;
    this.end = end;
    this.due = due;
  }

  public Long getId() {
    return id;
  }

  public int getNumber() {
    return number;
  }

  public LocalDate getStart() {
    return start;
  }

  public void setStart(LocalDate start) {
    this.start = start;
  }

  public LocalDate getEnd() {
    return end;
  }

  public void setEnd(LocalDate end) {
    this.end = end;
  }

  public LocalDate getDue() {
    return due;
  }

  public void setDue(LocalDate due) {
    this.due = due;
  }
}
