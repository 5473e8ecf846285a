package th.go.cdd.performance.reminder;

import java.time.Instant;
import java.time.LocalDate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import th.go.cdd.performance.shared.ThaiDates;

/**
 * The time reminders are judged by: the workflow engine's clock, the one their timers fire by, so a
 * timer and the check it triggers never disagree. Outside tests this is the system clock.
 */
final class EngineTime {
  private EngineTime() {}

  static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  static LocalDate today() {
    return now().atZone(ThaiDates.BANGKOK).toLocalDate();
  }
}
