package th.go.cdd.performance.reminder;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/** Counts working days: Monday to Friday except the given public holidays. Pure, no container. */
public final class WorkingDays {
  private final Set<LocalDate> holidays;

  public WorkingDays(Collection<LocalDate> holidays) {
    this.holidays = Set.copyOf(Objects.requireNonNull(holidays));
  }

  public boolean isWorkingDay(LocalDate day) {
    DayOfWeek d = day.getDayOfWeek();
    return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY && !holidays.contains(day);
  }

  /** The working day {@code n} working days after {@code from} (n &gt;= 1); {@code from} itself is not counted. */
  public LocalDate after(LocalDate from, int n) {
    requirePositive(n);
    LocalDate day = from;
    int left = n;
    while (left > 0) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        left--;
      }
    }
    return day;
  }

  /** The working day {@code n} working days before {@code from} (n &gt;= 1); {@code from} itself is not counted. */
  public LocalDate before(LocalDate from, int n) {
    requirePositive(n);
    LocalDate day = from;
    int left = n;
    while (left > 0) {
      day = day.minusDays(1);
      if (isWorkingDay(day)) {
        left--;
      }
    }
    return day;
  }

  /** Working days strictly after {@code from} up to and including {@code to}; 0 when {@code to} is not after {@code from}. */
  public int between(LocalDate from, LocalDate to) {
    int count = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        count++;
      }
    }
    return count;
  }

  private static void requirePositive(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("working days must be at least 1: " + n);
    }
  }
}
