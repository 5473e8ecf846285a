package th.go.cdd.performance.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * When a report's reminders are due, computed from its current due date alone, so that a due date
 * moved later moves every point with it. Pure: working days, settings and zone are given.
 *
 * <ul>
 *   <li>the reminder: {@code daysBefore} working days before the due date, at the send hour;
 *   <li>escalations: the first working day after the due date, then every {@code everyDays}
 *       working days, at the send hour.
 * </ul>
 */
public final class ReminderSchedule {
  private final LocalDate dueDate;
  private final WorkingDays days;
  private final int daysBefore;
  private final int everyDays;
  private final LocalTime sendAt;
  private final ZoneId zone;

  public ReminderSchedule(LocalDate dueDate, WorkingDays days, int daysBefore, int everyDays, LocalTime sendAt, ZoneId zone) {
    this.dueDate = Objects.requireNonNull(dueDate);
    this.days = Objects.requireNonNull(days);
    if (daysBefore < 1 || everyDays < 1) {
      throw new IllegalArgumentException("reminder intervals must be at least one working day");
    }
    this.daysBefore = daysBefore;
    this.everyDays = everyDays;
    this.sendAt = Objects.requireNonNull(sendAt);
    this.zone = Objects.requireNonNull(zone);
  }

  public Instant reminderAt() {
    return at(days.before(dueDate, daysBefore));
  }

  /** Midnight after the due date: from then on the report is late and only escalations apply. */
  public Instant lateFrom() {
    return dueDate.plusDays(1).atStartOfDay(zone).toInstant();
  }

  public Instant firstEscalationAt() {
    return at(days.after(dueDate, 1));
  }

  /** The latest escalation point at or before {@code now}; empty before the first. */
  public Optional<Instant> escalationAtOrBefore(Instant now) {
    LocalDate point = days.after(dueDate, 1);
    if (at(point).isAfter(now)) {
      return Optional.empty();
    }
    while (true) {
      LocalDate next = days.after(point, everyDays);
      if (at(next).isAfter(now)) {
        return Optional.of(at(point));
      }
      point = next;
    }
  }

  /** The first escalation point strictly after {@code now}. */
  public Instant nextEscalationAfter(Instant now) {
    LocalDate point = days.after(dueDate, 1);
    while (!at(point).isAfter(now)) {
      point = days.after(point, everyDays);
    }
    return at(point);
  }

  public LocalDate day(Instant point) {
    return point.atZone(zone).toLocalDate();
  }

  private Instant at(LocalDate day) {
    return day.atTime(sendAt).atZone(zone).toInstant();
  }
}
