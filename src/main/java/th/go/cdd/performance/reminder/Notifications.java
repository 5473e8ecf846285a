package th.go.cdd.performance.reminder;

import jakarta.inject.Inject;
import java.time.Clock;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import th.go.cdd.performance.access.AccessPolicy;

/** The signed-in user's reminders, as notices in the application. Each user sees only their own. */
@Stateless
public class Notifications {
  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;


  public long unread(String username) {
    return em.createNamedQuery("ReminderMessage.countUnread", Long.class).setParameter("recipient", username).getSingleResult();
  }

  public long count(String username) {
    return em.createNamedQuery("ReminderMessage.countForRecipient", Long.class).setParameter("recipient", username).getSingleResult();
  }

  public List<ReminderMessage> page(String username, int first, int size) {
    List<ReminderMessage> rows = em.createNamedQuery("ReminderMessage.pageForRecipient", ReminderMessage.class)
        .setParameter("recipient", username).setFirstResult(first).setMaxResults(size).getResultList();
    rows.forEach(r -> r.getReport().getStaff().getDisplayName());
    return rows;
  }

  public void markRead(String username, long id) {
    ReminderMessage m = em.find(ReminderMessage.class, id);
    if (m == null || !m.getRecipient().equals(username)) {
      throw AccessPolicy.denied();
    }
    m.markRead(clock.instant());
  }

  public int markAllRead(String username) {
    return em.createNamedQuery("ReminderMessage.markAllRead").setParameter("recipient", username).setParameter("now", clock.instant())
        .executeUpdate();
  }
}
