package th.go.cdd.performance.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Called by the periodic {@code sendOutbox} process: sends what is due (retries, and anything a crash left). */
@Named("outboxSweep")
@ApplicationScoped
public class OutboxSweep {
  @Inject private Outbox outbox;

  public int sendDue() {
    return outbox.sendDue();
  }
}
