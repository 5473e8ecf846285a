package th.go.cdd.performance.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The one clock of the application, for user actions and the engine's timers alike: it reads the process
 * engine's clock, so a test that moves the engine's time (ClockUtil) moves the whole application with it,
 * and a signature, a reminder and a timer never disagree about what "now" is. Its zone is Bangkok's.
 */
@ApplicationScoped
public class AppClock {
  @Produces
  @ApplicationScoped
  Clock clock() {
    return new EngineClock(ThaiDates.BANGKOK);
  }

  /** The engine's time (the system's unless a test has moved it) in a given zone. */
  static final class EngineClock extends Clock {
    private final ZoneId zone;

    EngineClock(ZoneId zone) {
      this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
      return other.equals(zone) ? this : new EngineClock(other);
    }

    @Override
    public Instant instant() {
      return ClockUtil.getCurrentTime().toInstant();
    }
  }
}
