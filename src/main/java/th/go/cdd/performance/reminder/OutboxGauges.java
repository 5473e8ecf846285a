package th.go.cdd.performance.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/** The outbox for the operators' scraper: e-mails waiting to be sent, and those that failed. */
@ApplicationScoped
public class OutboxGauges {
  @PersistenceContext private EntityManager em;

  /** Registers the gauges once the application has started (the registry is the application's). */
  void registerAtStart(@Observes Startup started, MetricRegistry registry) {
    registry.gauge(Metadata.builder().withName("cdd_outbox_pending").withDescription("Reminder e-mails waiting to be sent").build(), this, OutboxGauges::pending);
    registry.gauge(Metadata.builder().withName("cdd_outbox_failed").withDescription("Reminder e-mails that could not be sent").build(), this, OutboxGauges::failed);
  }

  public long pending() {
    return count(DeliveryStatus.PENDING);
  }

  public long failed() {
    return count(DeliveryStatus.FAILED);
  }

  private long count(DeliveryStatus status) {
    return em.createQuery("select count(m) from ReminderMessage m where m.status = :status", Long.class).setParameter("status", status)
        .getSingleResult();
  }
}
