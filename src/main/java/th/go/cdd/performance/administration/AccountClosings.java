package th.go.cdd.performance.administration;

import th.go.cdd.performance.audit.AuditTarget;
import th.go.cdd.performance.audit.AuditLog;
import th.go.cdd.performance.audit.AuditAction;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import th.go.cdd.performance.people.AccountClosure;
import th.go.cdd.performance.people.Person;

/**
 * Accounts that the program closes, in the transaction of the act that causes it: the end of a
 * staff member's participation, a roster that no longer lists someone (and opens again when a
 * roster lists them again). Each in the audit log under the administrator whose act caused it. An
 * administrator's own closing and reopening is {@code Accounts.close} / {@code Accounts.reopen}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AccountClosings {
  @Inject private AuditLog audit;

  /** Closes the account from {@code from}; nothing if it is already closed (the first closure stands). */
  public void close(Person actor, Person person, AccountClosure because, Instant from, String reason) {
    if (person.getClosedBecause() != null) {
      return;
    }
    person.close(because, from);
    audit.record(actor, AuditAction.CLOSE_ACCOUNT, target(person), reason, because.name() + " from " + from);
  }

  /** Opens an account that a roster closed, now that a roster lists the person again; other closures stay. */
  public boolean reopenListed(Person actor, Person person, String reason) {
    if (person.getClosedBecause() != AccountClosure.ROSTER_DROPPED) {
      return false;
    }
    person.reopen();
    audit.record(actor, AuditAction.REOPEN_ACCOUNT, target(person), reason, "was " + AccountClosure.ROSTER_DROPPED.name());
    return true;
  }

  private static AuditTarget target(Person p) {
    return new AuditTarget(null, p.getUsername(), p.getProvince() == null ? null : p.getProvince().getCode(), null,
        p.getDisplayName() + " (" + p.getUsername() + ")");
  }
}
