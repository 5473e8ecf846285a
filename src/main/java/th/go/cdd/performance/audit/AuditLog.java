package th.go.cdd.performance.audit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import th.go.cdd.performance.access.AccessPolicy;
import th.go.cdd.performance.people.People;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.shared.PlainText;
import th.go.cdd.performance.shared.ThaiDates;

/**
 * The audit log. {@link #record} joins the caller's transaction (it refuses to run without one), so
 * an act and its entry commit or roll back together. {@link #search} pages, sorts and filters in the
 * database and limits what a viewer sees: administrators all, a provincial officer their province.
 * An exporter can call {@link #search} page by page with the same filter.
 */
@Stateless
public class AuditLog {
  public static final int MAX_PAGE = 500;
  private static final Map<String, String> SORTS = Map.of("at", "a.at", "action", "a.action", "actor", "a.actorUsername",
      "province", "a.provinceCode");

  @PersistenceContext private EntityManager em;
  @Inject private People people;
  @Inject private Clock clock;

  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public AuditEntry record(Person actor, AuditAction action, AuditTarget target, String reason, String details) {
    AuditEntry entry = new AuditEntry(clock.instant().truncatedTo(ChronoUnit.MILLIS), actor.getUsername(), actor.getDisplayName(), action,
        target, reason, details);
    em.persist(entry);
    return entry;
  }

  /**
   * A sign-in event, in the caller's transaction (the one that counts the failure): the actor is the
   * name typed, which may belong to nobody, cut to the column's length.
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void recordSignIn(String typedUsername, AuditAction action, AuditTarget target, String reason, String details) {
    String name = typedUsername == null ? "" : typedUsername.strip();
    em.persist(new AuditEntry(clock.instant().truncatedTo(ChronoUnit.MILLIS), name.length() > 64 ? name.substring(0, 64) : name, null,
        action, target, reason, details));
  }

  /** Whether this user may open the audit log at all. */
  public boolean mayView(String username) {
    return AccessPolicy.overseesProvinces(people.byUsername(username).getRole());
  }

  public List<AuditEntry> search(String viewer, AuditFilter filter, int first, int pageSize, String sortField, boolean ascending) {
    Map<String, Object> params = new HashMap<>();
    String where = where(scoped(viewer, filter), params);
    String order = SORTS.getOrDefault(sortField == null ? "" : sortField, "a.at");
    TypedQuery<AuditEntry> q = em.createQuery("select a from AuditEntry a where " + where + " order by " + order
        + (ascending ? " asc" : " desc") + ", a.id " + (ascending ? "asc" : "desc"), AuditEntry.class);
    params.forEach(q::setParameter);
    return q.setFirstResult(Math.max(0, first)).setMaxResults(Math.min(MAX_PAGE, Math.max(1, pageSize))).getResultList();
  }

  public long count(String viewer, AuditFilter filter) {
    Map<String, Object> params = new HashMap<>();
    String where = where(scoped(viewer, filter), params);
    TypedQuery<Long> q = em.createQuery("select count(a) from AuditEntry a where " + where, Long.class);
    params.forEach(q::setParameter);
    return q.getSingleResult();
  }

  /** An officer sees only their own province's entries, whatever province the filter asks for. */
  private AuditFilter scoped(String viewer, AuditFilter filter) {
    String province = AccessPolicy.requireProvinceOversight(people.byUsername(viewer));
    AuditFilter f = filter == null ? AuditFilter.none() : filter;
    if (province == null) {
      return f;
    }
    if (f.provinceCode() != null && !f.provinceCode().equals(province)) {
      throw AccessPolicy.denied();
    }
    return f.withProvince(province);
  }

  private static String where(AuditFilter f, Map<String, Object> params) {
    StringBuilder w = new StringBuilder("1 = 1");
    if (f.action() != null) {
      w.append(" and a.action = :action");
      params.put("action", f.action());
    }
    if (f.actor() != null && !f.actor().isBlank()) {
      w.append(" and (lower(a.actorUsername) like :actor or lower(a.actorName) like :actor)");
      params.put("actor", like(f.actor()));
    }
    if (f.provinceCode() != null && !f.provinceCode().isBlank()) {
      w.append(" and a.provinceCode = :province");
      params.put("province", f.provinceCode());
    }
    if (f.from() != null) {
      w.append(" and a.at >= :from");
      params.put("from", f.from().atStartOfDay(ThaiDates.BANGKOK).toInstant());
    }
    if (f.to() != null) {
      w.append(" and a.at < :to");
      params.put("to", f.to().plusDays(1).atStartOfDay(ThaiDates.BANGKOK).toInstant());
    }
    if (f.text() != null && !f.text().isBlank()) {
      w.append(" and (lower(a.reason) like :text or lower(a.targetLabel) like :text or lower(a.details) like :text"
          + " or lower(a.personUsername) like :text)");
      params.put("text", like(f.text()));
    }
    return w.toString();
  }

  private static String like(String s) {
    return PlainText.containsPattern(s);
  }
}
