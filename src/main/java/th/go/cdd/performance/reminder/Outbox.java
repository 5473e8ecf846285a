package th.go.cdd.performance.reminder;

import java.time.Clock;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import th.go.cdd.performance.access.AccessPolicy;
import th.go.cdd.performance.people.People;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.report.Report;
import th.go.cdd.performance.report.ReportStatus;

/**
 * The outbox of reminder e-mails. A message is written in the transaction that decides it (a
 * timer's job, a nudge); once that transaction commits, a task on the container's executor sends
 * what is due. Each send locks its row in a transaction of its own, so two nodes or two triggers
 * never send one message twice; a failure is retried with a growing wait (the periodic
 * {@code sendOutbox} process picks it up) until the attempts run out and it shows as FAILED.
 * Delivery is at least once: a crash between the SMTP hand-over and the commit sends again.
 */
@Stateless
public class Outbox {
  private static final Logger LOG = Logger.getLogger(Outbox.class.getName());
  private static final String DISPATCH_KEY = Outbox.class.getName() + ".dispatch";
  private static final int BATCH = 200;

  @PersistenceContext private EntityManager em;
  @Inject private Mailer mailer;
  @Inject private ReminderSettings settings;
  @Inject private ReminderTexts texts;
  @Inject private People people;
  @Inject private Clock clock;

  @Resource private SessionContext context;
  @Resource private TransactionSynchronizationRegistry registry;
  @Resource private ManagedExecutorService executor;

  /**
   * Writes one message unless its key is already there; returns whether it was written. Runs in the
   * caller's transaction. Two transactions writing the same key at once: the second one's insert
   * fails on the unique key and that transaction rolls back (a timer job is then retried and finds
   * the row; a nudge reports that it was already sent).
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public boolean queue(Report report, Person recipient, ReportStatus step, ReminderKind kind, java.time.LocalDate day, String holder,
      String requestedBy) {
    boolean exists = !em.createNamedQuery("ReminderMessage.findKey", Long.class)
        .setParameter("report", report).setParameter("recipient", recipient.getUsername())
        .setParameter("step", step).setParameter("kind", kind).setParameter("day", day)
        .getResultList().isEmpty();
    if (exists) {
      return false;
    }
    em.persist(new ReminderMessage(report, recipient.getUsername(), recipient.getEmail(), step, kind, day, holder, requestedBy,
        clock.instant()));
    em.flush();
    dispatchAfterCommit();
    return true;
  }

  private void dispatchAfterCommit() {
    if (registry.getResource(DISPATCH_KEY) != null) {
      return;
    }
    registry.putResource(DISPATCH_KEY, Boolean.TRUE);
    Outbox self = context.getBusinessObject(Outbox.class);
    registry.registerInterposedSynchronization(new Synchronization() {
      @Override
      public void beforeCompletion() {}

      @Override
      public void afterCompletion(int status) {
        if (status == Status.STATUS_COMMITTED) {
          executor.submit(self::sendDue);
        }
      }
    });
  }

  /** Sends every message that is due; returns how many were sent. Also the periodic sweep's work. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int sendDue() {
    Outbox self = context.getBusinessObject(Outbox.class);
    List<Long> due = self.dueIds();
    int sent = 0;
    for (Long id : due) {
      try {
        if (self.sendOne(id)) {
          sent++;
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "outbox message " + id + " not processed", e);
      }
    }
    return sent;
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Long> dueIds() {
    return em.createNamedQuery("ReminderMessage.findDue", Long.class).setParameter("now", clock.instant())
        .setMaxResults(BATCH).getResultList();
  }

  /** One attempt at one message, its row locked: true when it was sent now. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean sendOne(long id) {
    ReminderMessage m = em.find(ReminderMessage.class, id, LockModeType.PESSIMISTIC_WRITE);
    Instant now = clock.instant();
    if (m == null || !m.isDue(now)) {
      return false;
    }
    if (m.getRecipientEmail() == null) {
      m.undeliverable("no e-mail address for " + m.getRecipient());
      return false;
    }
    try {
      ReminderTexts.Mail mail = texts.mail(m);
      mailer.send(m.getRecipientEmail(), mail.subject(), mail.body());
      m.delivered(now);
      return true;
    } catch (Exception e) {
      m.attemptFailed(e.getClass().getSimpleName() + ": " + e.getMessage(), now, settings.maxAttempts(),
          settings.backoffAfter(m.getAttempts() + 1));
      // the error is kept on the row for the outbox page; one line here, no stack trace per attempt
      LOG.warning(() -> "reminder e-mail " + id + " to " + m.getRecipient() + " failed (attempt " + m.getAttempts() + "): " + m.getLastError());
      return false;
    }
  }

  /** The administrator's "retry now": a FAILED or waiting message goes out again at once. */
  public void retryNow(String username, long id) {
    AccessPolicy.requireAdministrator(people.byUsername(username));
    ReminderMessage m = AccessPolicy.found(em.find(ReminderMessage.class, id, LockModeType.PESSIMISTIC_WRITE));
    Person recipient = em.createNamedQuery("Person.findByUsername", Person.class).setParameter("username", m.getRecipient())
        .getResultStream().findFirst().orElse(null);
    m.retryNow(clock.instant(), recipient == null ? null : recipient.getEmail());
    dispatchAfterCommit();
  }

  /** The administrator's filter: a delivery status and/or the start of a recipient's username (null: any). */
  public record Filter(DeliveryStatus status, String recipient) {
    public Filter {
      recipient = recipient == null || recipient.isBlank() ? null : recipient.strip().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public long count(String username, Filter filter) {
    AccessPolicy.requireAdministrator(people.byUsername(username));
    return bind(em.createQuery("select count(m) from ReminderMessage m" + where(filter), Long.class), filter).getSingleResult();
  }

  public List<ReminderMessage> page(String username, Filter filter, int first, int size) {
    AccessPolicy.requireAdministrator(people.byUsername(username));
    List<ReminderMessage> rows = bind(em.createQuery("select m from ReminderMessage m" + where(filter) + " order by m.createdAt desc, m.id desc",
        ReminderMessage.class), filter).setFirstResult(first).setMaxResults(size).getResultList();
    rows.forEach(r -> r.getReport().getStaff().getDisplayName());
    return rows;
  }

  public List<ReminderMessage> page(String username, DeliveryStatus status, int first, int size) {
    return page(username, new Filter(status, null), first, size);
  }

  // only the conditions given: PostgreSQL cannot type a null parameter in ":x is null or ..."
  private static String where(Filter f) {
    List<String> conditions = new java.util.ArrayList<>();
    if (f.status() != null) {
      conditions.add("m.status = :status");
    }
    if (f.recipient() != null) {
      conditions.add("m.recipient like :recipient");
    }
    return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
  }

  private static <T> jakarta.persistence.TypedQuery<T> bind(jakarta.persistence.TypedQuery<T> q, Filter f) {
    if (f.status() != null) {
      q.setParameter("status", f.status());
    }
    if (f.recipient() != null) {
      q.setParameter("recipient", f.recipient().replace("%", "").replace("_", "") + "%");
    }
    return q;
  }

  public Optional<ReminderMessage> find(String username, long id) {
    AccessPolicy.requireAdministrator(people.byUsername(username));
    return Optional.ofNullable(em.find(ReminderMessage.class, id));
  }

}
