package th.go.cdd.performance.administration;

import th.go.cdd.performance.access.AccessPolicy;
import th.go.cdd.performance.audit.AuditTarget;
import th.go.cdd.performance.audit.AuditLog;
import th.go.cdd.performance.audit.AuditAction;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import th.go.cdd.performance.people.People;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.people.Role;
import th.go.cdd.performance.people.Substitution;
import th.go.cdd.performance.shared.BusinessException;
import th.go.cdd.performance.shared.ThaiDates;

/**
 * Naming and cancelling substitutes. A group director or provincial officer manages their own; an
 * administrator anyone's. Who may substitute is {@link Substitution#eligible}; one principal has at
 * most one substitute on any day. Audited.
 */
@Stateless
public class Substitutions {
  /** The reason recorded when the roster ends a substitution. */
  public static final String ROSTER_MOVE = "ย้ายสังกัดหรือเปลี่ยนตำแหน่งตามบัญชีรายชื่อ (moved or role changed by the roster)";

  @PersistenceContext private EntityManager em;
  @Inject private People people;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  public Substitution name(String username, String principalUsername, String substituteUsername, LocalDate from, LocalDate to, String reason) {
    Person actor = people.byUsername(username);
    Person principal = person(principalUsername);
    requireManage(actor, principal);
    Person substitute = person(substituteUsername);
    String why = Reasons.require(reason);
    if (!Substitution.eligible(principal, substitute)) {
      throw new BusinessException("substitute.notEligible", substitute.getDisplayName());
    }
    if (from == null || to == null) {
      throw new BusinessException("substitute.datesRequired");
    }
    if (to.isBefore(from)) {
      throw new BusinessException("substitute.endBeforeStart");
    }
    if (to.isBefore(LocalDate.now(clock))) {
      throw new BusinessException("substitute.past");
    }
    if (ChronoUnit.DAYS.between(from, to) >= Substitution.MAX_DAYS) {
      throw new BusinessException("substitute.tooLong", Substitution.MAX_DAYS);
    }
    em.lock(principal, LockModeType.PESSIMISTIC_WRITE); // two overlapping substitutions named at once: one waits, then sees the other
    if (!em.createNamedQuery("Substitution.overlapping", Substitution.class).setParameter("principal", principal)
        .setParameter("from", from).setParameter("to", to).getResultList().isEmpty()) {
      throw new BusinessException("substitute.overlaps");
    }
    Substitution s = new Substitution(principal, substitute, from, to, why, actor.getUsername(), clock.instant());
    em.persist(s);
    audit.record(actor, AuditAction.NAME_SUBSTITUTE, target(principal), why,
        "substitute=" + substitute.getUsername() + " from=" + from + " to=" + to + " (" + ThaiDates.format(from) + " – " + ThaiDates.format(to) + ")");
    return s;
  }

  public void cancel(String username, long substitutionId, String reason) {
    Person actor = people.byUsername(username);
    Substitution s = em.find(Substitution.class, substitutionId, LockModeType.PESSIMISTIC_WRITE);
    if (s == null || s.isCancelled()) {
      throw new BusinessException("substitute.notFound");
    }
    requireManage(actor, s.getPrincipal());
    String why = Reasons.require(reason);
    s.cancel();
    audit.record(actor, AuditAction.CANCEL_SUBSTITUTE, target(s.getPrincipal()), why,
        "substitute=" + s.getSubstitute().getUsername() + " from=" + s.getFromDate() + " to=" + s.getToDate());
  }

  /**
   * Ends, on behalf of {@code actor}, every substitution not yet over in which this person stands
   * in or is stood in for and that {@link Substitution#eligible} no longer allows: the roster moved
   * one of the two to another province or changed their role. Audited as a cancellation.
   */
  public void endThoseNoLongerEligible(Person person, Person actor) {
    List<Substitution> running = em.createNamedQuery("Substitution.currentAndFutureOf", Substitution.class).setParameter("person", person)
        .setParameter("day", LocalDate.now(clock)).getResultList();
    for (Substitution s : running) {
      if (!Substitution.eligible(s.getPrincipal(), s.getSubstitute())) {
        s.cancel();
        audit.record(actor, AuditAction.CANCEL_SUBSTITUTE, target(s.getPrincipal()), ROSTER_MOVE,
            "substitute=" + s.getSubstitute().getUsername() + " from=" + s.getFromDate() + " to=" + s.getToDate() + " moved=" + person.getUsername());
      }
    }
  }

  /** The substitutions a user may manage that have not ended: their own, or everyone's for an administrator. */
  public List<Substitution> manageable(String username) {
    Person actor = people.byUsername(username);
    if (actor.getRole() == Role.ADMIN) {
      return em.createNamedQuery("Substitution.findCurrentAndFuture", Substitution.class).setParameter("day", LocalDate.now(clock))
          .setMaxResults(500).getResultList();
    }
    AccessPolicy.requireApprover(actor);
    return em.createNamedQuery("Substitution.findByPrincipal", Substitution.class).setParameter("principal", actor).getResultList();
  }

  /** The substitutions in which this user stands in for someone, now or later. */
  public List<Substitution> standingInFor(String username) {
    Person user = people.byUsername(username);
    return em.createNamedQuery("Substitution.findBySubstitute", Substitution.class).setParameter("substitute", user)
        .setParameter("day", LocalDate.now(clock)).getResultList();
  }

  /** Whom a principal may name (see {@link Substitution#eligible}). */
  public List<Person> eligibleSubstitutes(String username, String principalUsername) {
    Person actor = people.byUsername(username);
    Person principal = person(principalUsername);
    requireManage(actor, principal);
    if (principal.getProvince() == null) {
      return List.of();
    }
    return em.createQuery("select p from Person p where p.role in :roles and p.province = :province and p.id <> :me order by p.nameSortKey",
            Person.class)
        .setParameter("roles", List.of(Role.DIRECTOR, Role.OFFICER)).setParameter("province", principal.getProvince())
        .setParameter("me", principal.getId()).getResultList().stream().filter(p -> Substitution.eligible(principal, p)).toList();
  }

  /** The people an administrator may name a substitute for (directors and officers). */
  public List<Person> principals(String username) {
    Person actor = people.byUsername(username);
    if (actor.getRole() == Role.ADMIN) {
      return em.createQuery("select p from Person p where p.role in :roles order by p.province.code, p.nameSortKey", Person.class)
          .setParameter("roles", List.of(Role.DIRECTOR, Role.OFFICER)).getResultList();
    }
    return List.of(AccessPolicy.requireApprover(actor));
  }

  private static void requireManage(Person actor, Person principal) {
    AccessPolicy.requireManageSubstitutesOf(actor, principal);
    if (principal.getRole() != Role.DIRECTOR && principal.getRole() != Role.OFFICER) {
      throw new BusinessException("substitute.notApprover");
    }
  }

  private Person person(String username) {
    String u = username == null ? "" : username.strip();
    return em.createNamedQuery("Person.findByUsername", Person.class).setParameter("username", u)
        .getResultStream().findFirst().orElseThrow(() -> new BusinessException("admin.noSuchPerson", u));
  }

  private static AuditTarget target(Person principal) {
    return new AuditTarget(null, principal.getUsername(), principal.getProvince() == null ? null : principal.getProvince().getCode(), null,
        principal.getDisplayName());
  }
}
