package th.go.cdd.performance.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.annotation.Gauge;

/**
 * {@code /health/live} is DOWN while a request or engine job has been busy longer than
 * {@code cdd.liveness.maxBusySeconds} (default 900 s, past the 600 s after which the server rolls
 * back any transaction, so no healthy request or job reaches it), so that a supervisor
 * restarts the server instead of letting a hung thread hold its locks for ever. The same figures are
 * metrics: the number of such threads and the longest busy time.
 */
@Liveness
@ApplicationScoped
public class LivenessCheck implements HealthCheck {
  @Inject private BusyThreads busy;

  @Inject
  @ConfigProperty(name = "cdd.liveness.maxBusySeconds", defaultValue = "900")
  private long maxBusySeconds;

  @Override
  public HealthCheckResponse call() {
    List<BusyThreads.Work> stuck = busy.busyLongerThan(Duration.ofSeconds(maxBusySeconds));
    var response = HealthCheckResponse.named("busy-threads").withData("maxBusySeconds", maxBusySeconds).withData("stuck", stuck.size());
    if (stuck.isEmpty()) {
      return response.up().build();
    }
    BusyThreads.Work oldest = stuck.get(0);
    return response.down().withData("oldestThread", oldest.thread().getName()).withData("oldestWork", oldest.what())
        .withData("oldestBusySeconds", oldest.busyFor(System.nanoTime()).toSeconds()).build();
  }

  @Gauge(name = "cdd_threads_stuck", unit = MetricUnits.NONE,
      description = "Request and engine job threads busy longer than cdd.liveness.maxBusySeconds")
  public long stuckThreads() {
    return busy.busyLongerThan(Duration.ofSeconds(maxBusySeconds)).size();
  }

  @Gauge(name = "cdd_threads_longest_busy", unit = MetricUnits.SECONDS,
      description = "How long the oldest running request or engine job has been busy")
  public long longestBusySeconds() {
    return busy.longestBusy().toSeconds();
  }
}
