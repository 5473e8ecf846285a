package th.go.cdd.performance.web.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/** The HTTP sessions open on this server (signed-in users and login pages alike), for the scraper. */
@ApplicationScoped
public class OpenSessions {
  private final AtomicLong open = new AtomicLong();

  /** Registers the gauges once the application has started (the registry is the application's). */
  void registerAtStart(@Observes Startup started, MetricRegistry registry) {
    registry.gauge(Metadata.builder().withName("cdd_sessions_open").withDescription("HTTP sessions open on this server").build(), this, OpenSessions::open);
  }

  public long open() {
    return open.get();
  }

  void created() {
    open.incrementAndGet();
  }

  void ended() {
    open.updateAndGet(n -> Math.max(0, n - 1));
  }

  /** Counts sessions as the container creates and ends them. */
  @WebListener
  public static class Counter implements HttpSessionListener {
    @Inject private OpenSessions sessions;

    @Override
    public void sessionCreated(HttpSessionEvent se) {
      sessions.created();
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent se) {
      sessions.ended();
    }
  }
}
