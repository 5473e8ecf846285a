package th.go.cdd.performance.approval;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import th.go.cdd.performance.people.Person;

/**
 * Runs an inbox's queries ({@link InboxQuery}) on an entity manager: for an approver first the lookups of
 * the reports they hold, then the page or the count narrowed to those. Apart from {@link Inbox} so the
 * query-plan bench runs the very same reads outside the container.
 */
public final class InboxReads {
  private final EntityManager em;

  public InboxReads(EntityManager em) {
    this.em = em;
  }

  public List<InboxRow> page(Person user, List<Person> principals, InboxFilter filter, int first, int size, String sortField,
      boolean ascending) {
    SortedSet<Long> held = held(user, principals);
    if (held != null && held.isEmpty()) {
      return List.of();
    }
    return rows(user, principals, held, filter, Math.max(0, first), Math.min(Inbox.MAX_PAGE, Math.max(1, size)), sortField, ascending);
  }

  /**
   * A page and the count together, the way the inbox page shows them: the approver's held reports are looked up
   * once for both, and a page that ends before it is full tells the count without asking the database again.
   */
  public InboxPage read(Person user, List<Person> principals, InboxFilter filter, int first, int size, String sortField,
      boolean ascending) {
    SortedSet<Long> held = held(user, principals);
    if (held != null && held.isEmpty()) {
      return new InboxPage(List.of(), 0);
    }
    int from = Math.max(0, first);
    int pageSize = Math.min(Inbox.MAX_PAGE, Math.max(1, size));
    List<InboxRow> rows = rows(user, principals, held, filter, from, pageSize, sortField, ascending);
    boolean lastPage = rows.size() < pageSize && (from == 0 || !rows.isEmpty());
    return new InboxPage(rows, lastPage ? from + rows.size() : count(user, principals, held, filter));
  }

  public long count(Person user, List<Person> principals, InboxFilter filter) {
    SortedSet<Long> held = held(user, principals);
    if (held != null && held.isEmpty()) {
      return 0;
    }
    return count(user, principals, held, filter);
  }

  private List<InboxRow> rows(Person user, List<Person> principals, SortedSet<Long> held, InboxFilter filter, int first, int size,
      String sortField, boolean ascending) {
    InboxQuery query = InboxQuery.page(user, principals, held, filter, sortField, ascending);
    TypedQuery<InboxRow> q = em.createQuery(query.jpql(), InboxRow.class);
    query.parameters().forEach(q::setParameter);
    return q.setFirstResult(first).setMaxResults(size).getResultList();
  }

  private long count(Person user, List<Person> principals, SortedSet<Long> held, InboxFilter filter) {
    InboxQuery query = InboxQuery.count(user, principals, held, filter);
    TypedQuery<Long> q = em.createQuery(query.jpql(), Long.class);
    query.parameters().forEach(q::setParameter);
    return q.getSingleResult();
  }

  /** The ids of the reports an approver holds (in order, so the same inbox sends the same statement); null for anyone else. */
  private SortedSet<Long> held(Person user, List<Person> principals) {
    List<InboxQuery> lookups = InboxQuery.held(user, principals);
    if (lookups.isEmpty()) {
      return null;
    }
    SortedSet<Long> held = new TreeSet<>();
    for (InboxQuery lookup : lookups) {
      TypedQuery<Long> q = em.createQuery(lookup.jpql(), Long.class);
      lookup.parameters().forEach(q::setParameter);
      held.addAll(q.getResultList());
    }
    return held;
  }
}
