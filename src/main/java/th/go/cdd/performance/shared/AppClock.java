package th.go.cdd.performance.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The one clock of the application; tests and the demo may replace it with an alternative. */
@ApplicationScoped
public class AppClock {
  @Produces
  @ApplicationScoped
  Clock clock() {
    return Clock.system(ThaiDates.BANGKOK);
  }
}
