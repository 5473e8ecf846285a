package th.go.cdd.performance.security;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import th.go.cdd.performance.access.AccessPolicy;
import th.go.cdd.performance.audit.AuditAction;
import th.go.cdd.performance.audit.AuditLog;
import th.go.cdd.performance.audit.AuditTarget;
import th.go.cdd.performance.people.AccountClosure;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.people.Role;
import th.go.cdd.performance.shared.BusinessException;

/**
 * Accounts: one-time passwords (stored only as hashes, to be changed at the first login), the
 * password change, an administrator's reset and unlock (both in the audit log), and the login check
 * with its lockout after repeated failures. The login answer never says whether a user exists.
 */
@Stateless
public class Accounts {
  /**
   * Compared against when the user does not exist or is locked, so every refusal takes the same
   * time: made by the same hasher as the stored hashes, with the same parameters (a fixed hash with
   * 100 times the iterations made an unknown name take 100 times longer than a wrong password).
   */
  private static volatile String dummyHash;

  /** What a username may be: letters, digits, dot, dash and underscore (roster staff numbers fit). */
  static final String USERNAME = "[A-Za-z0-9][A-Za-z0-9._-]{2,63}";

  @PersistenceContext private EntityManager em;
  @Inject private Pbkdf2PasswordHash hash;
  @Inject private Passwords passwords;
  @Inject private LoginSettings settings;
  @Inject private Clock clock;
  @Inject private AuditLog audit;

  /** {@link #login(String, String, SignInAttempt)} from a client the account does not know. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<Role> login(String username, String password) {
    return login(username, password, SignInAttempt.unknown());
  }

  /**
   * Checks a login in its own transaction (a failure is counted, and written to the audit log with
   * the client address, even though the login is refused); the person's role when the password is
   * right and the account is not locked, else empty. The lock applies to clients the account does
   * not know: a device that signed in before (a valid device cookie) is not held by it, and its
   * failures are counted against that device's own allowance by the caller, not the account's.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<Role> login(String username, String password, SignInAttempt attempt) {
    Person person = find(username).orElse(null);
    if (person == null) {
      verify(password, dummyHash());
      signInRefused(username, null, attempt, "unknown user");
      return Optional.empty();
    }
    em.lock(person, LockModeType.PESSIMISTIC_WRITE);
    em.refresh(person);
    Instant now = clock.instant();
    boolean locked = !attempt.fromKnownDevice() && person.isLockedAt(now);
    if (locked || person.isOneTimePasswordExpiredAt(now, settings.oneTimePasswordValidFor())) {
      verify(password, dummyHash());
      signInRefused(username, person, attempt, locked ? "account locked" : "one-time password expired");
      return Optional.empty();
    }
    if (!verify(password, person.getPasswordHash())) {
      if (!attempt.fromKnownDevice()) {
        person.loginFailed(settings.maxFailures(), now.plus(settings.lockFor()));
      }
      signInRefused(username, person, attempt, "wrong password");
      if (person.isLockedAt(now)) {
        audit.recordSignIn(username, AuditAction.ACCOUNT_LOCKED, target(person), "failed sign-ins",
            details(attempt) + "; locked until " + person.getLockedUntil());
      }
      return Optional.empty();
    }
    if (person.isClosedAt(now)) {
      // said only to someone who knows the password: a stranger learns nothing about the account
      throw new AccountClosedException();
    }
    if (!attempt.fromKnownDevice()) {
      // a known device's success leaves a stranger's lock in place: it is the stranger who is held
      person.loginSucceeded();
    }
    if (!passwords.isCurrent(person.getPasswordHash())) {
      person.strengthenPasswordHash(passwords.hash(password)); // only now is the password itself at hand
    }
    return Optional.of(person.getRole());
  }

  private void signInRefused(String username, Person person, SignInAttempt attempt, String why) {
    AuditTarget target = person == null ? new AuditTarget(null, null, null, null, null) : target(person);
    audit.recordSignIn(username, AuditAction.SIGN_IN_FAILED, target, why, details(attempt));
  }

  private static String details(SignInAttempt attempt) {
    return "address " + (attempt.clientAddress() == null ? "-" : attempt.clientAddress())
        + (attempt.fromKnownDevice() ? "; a known device" : "; an unknown client");
  }

  private String dummyHash() {
    String h = dummyHash;
    if (h == null) {
      h = passwords.hash(OneTimePasswords.generate());
      dummyHash = h;
    }
    return h;
  }

  /** Gives the person a new one-time password and returns it; only its hash is kept. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public String issueOneTimePassword(Person person) {
    String password = OneTimePasswords.generate();
    person.issueOneTimePassword(passwords.hash(password), clock.instant());
    return password;
  }

  /**
   * What a signed-in session holds on to: when the person's password last changed (null if never
   * since this was kept; a session signed in before is over) and whether the account is still open
   * (a closed or deleted account's sessions end).
   */
  public SessionCredentials sessionCredentials(String username) {
    List<Object[]> rows = em.createQuery("select p.passwordChangedAt, p.closedFrom from Person p where p.username = :u", Object[].class)
        .setParameter("u", username).getResultList();
    if (rows.isEmpty()) {
      return new SessionCredentials(null, false);
    }
    Instant closedFrom = (Instant) rows.get(0)[1];
    return new SessionCredentials((Instant) rows.get(0)[0], closedFrom == null || closedFrom.isAfter(clock.instant()));
  }

  public boolean mustChangePassword(String username) {
    return find(username).map(Person::isMustChangePassword).orElse(false);
  }

  /** The signed-in user chooses a new password: the current one, then the new one twice. */
  public void changePassword(String username, String current, String chosen, String confirmation) {
    Person person = find(username).orElseThrow(AccessPolicy::denied);
    if (current == null || !verify(current, person.getPasswordHash())
        || person.isOneTimePasswordExpiredAt(clock.instant(), settings.oneTimePasswordValidFor())) {
      throw new BusinessException("password.currentWrong");
    }
    PasswordPolicy.check(username, chosen, confirmation, person.getFirstName(), person.getLastName(), person.getStaffNumber());
    if (chosen.equals(current)) {
      throw new BusinessException("password.sameAsCurrent");
    }
    person.changePasswordHash(passwords.hash(chosen), clock.instant());
  }

  /** An administrator gives one account a new one-time password (shown once to them); audited. */
  public String reset(String adminUsername, String username, String reason) {
    Person admin = AccessPolicy.requireAdministrator(find(adminUsername).orElseThrow(AccessPolicy::denied));
    String why = reason(reason);
    Person person = find(username == null ? "" : username.strip()).orElseThrow(() -> new BusinessException("account.notFound"));
    String password = issueOneTimePassword(person);
    audit.record(admin, AuditAction.RESET_PASSWORD, target(person), why, null);
    return password;
  }

  /** An administrator lifts a lock before it runs out; audited. */
  public void unlock(String adminUsername, String username, String reason) {
    Person admin = AccessPolicy.requireAdministrator(find(adminUsername).orElseThrow(AccessPolicy::denied));
    String why = reason(reason);
    Person person = find(username).orElseThrow(() -> new BusinessException("account.notFound"));
    if (!person.isLockedAt(clock.instant())) {
      throw new BusinessException("account.notLocked");
    }
    person.unlock();
    audit.record(admin, AuditAction.UNLOCK_ACCOUNT, target(person), why, null);
  }

  /**
   * An administrator closes an account: it refuses sign-ins from now on and its sessions end; its
   * open tasks stay where they are, named in the overdue list for reassignment. Not one's own
   * account, nor the last open administrator's. Audited.
   */
  public void close(String adminUsername, String username, String reason) {
    Person admin = AccessPolicy.requireAdministrator(find(adminUsername).orElseThrow(AccessPolicy::denied));
    String why = reason(reason);
    Person person = find(username == null ? "" : username.strip()).orElseThrow(() -> new BusinessException("account.notFound"));
    Instant now = clock.instant();
    if (person.isClosedAt(now)) {
      throw new BusinessException("account.alreadyClosed");
    }
    if (person.getUsername().equals(admin.getUsername())) {
      throw new BusinessException("account.closeSelf");
    }
    if (person.getRole() == Role.ADMIN && openAdministrators(now) <= 1) {
      throw new BusinessException("account.lastAdministrator");
    }
    person.reopen(); // a closure dated later (participation) gives way to this one, from now
    person.close(AccountClosure.ADMINISTRATOR, now);
    audit.record(admin, AuditAction.CLOSE_ACCOUNT, target(person), why, AccountClosure.ADMINISTRATOR.name());
  }

  /** An administrator opens a closed account again (for whatever reason it was closed). Audited. */
  public void reopen(String adminUsername, String username, String reason) {
    Person admin = AccessPolicy.requireAdministrator(find(adminUsername).orElseThrow(AccessPolicy::denied));
    String why = reason(reason);
    Person person = find(username == null ? "" : username.strip()).orElseThrow(() -> new BusinessException("account.notFound"));
    if (person.getClosedBecause() == null) {
      throw new BusinessException("account.notClosed");
    }
    String was = person.getClosedBecause().name();
    person.reopen();
    audit.record(admin, AuditAction.REOPEN_ACCOUNT, target(person), why, "was " + was);
  }

  /**
   * An administrator creates another administrator, who signs in with the one-time password
   * returned here (shown once to the creator, stored as a hash) and chooses their own. Audited.
   */
  public String createAdministrator(String adminUsername, String username, String title, String firstName, String lastName,
      String email, String reason) {
    Person admin = AccessPolicy.requireAdministrator(find(adminUsername).orElseThrow(AccessPolicy::denied));
    String why = reason(reason);
    Person created = newAdministrator(username, title, firstName, lastName, email);
    String password = issueOneTimePassword(created);
    em.persist(created);
    audit.record(admin, AuditAction.CREATE_ADMINISTRATOR, target(created), why, null);
    return password;
  }

  /** A new administrator account (not yet persisted, no password): the username must be free. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public Person newAdministrator(String username, String title, String firstName, String lastName, String email) {
    String name = username == null ? "" : username.strip();
    if (!name.matches(USERNAME)) {
      throw new BusinessException("account.usernameInvalid");
    }
    if (find(name).isPresent()) {
      throw new BusinessException("account.usernameTaken", name);
    }
    String first = firstName == null ? "" : firstName.strip();
    String last = lastName == null ? "" : lastName.strip();
    if (first.isEmpty() || last.isEmpty()) {
      throw new BusinessException("account.nameRequired");
    }
    if (first.length() > 100 || last.length() > 100 || (title != null && title.strip().length() > 50)) {
      throw new BusinessException("input.tooLong", 100);
    }
    Person person = new Person(name, "-", Role.ADMIN, title == null ? "" : title.strip(), first, last);
    String mail = email == null ? "" : email.strip();
    if (!mail.isEmpty()) {
      if (mail.length() > 254 || !mail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
        throw new BusinessException("account.emailInvalid");
      }
      person.setEmail(mail);
    }
    return person;
  }

  /** The administrators, open and closed (administrators only). */
  public List<AccountState> administrators(String adminUsername) {
    AccessPolicy.requireAdministrator(find(adminUsername).orElseThrow(AccessPolicy::denied));
    return em.createNamedQuery("Person.findByRole", Person.class).setParameter("role", Role.ADMIN).getResultList()
        .stream().map(Accounts::state).toList();
  }

  /** The accounts closed now (administrators only), for the accounts page. */
  public List<AccountState> closed(String adminUsername) {
    AccessPolicy.requireAdministrator(find(adminUsername).orElseThrow(AccessPolicy::denied));
    return em.createNamedQuery("Person.findClosed", Person.class).setParameter("now", clock.instant()).getResultList()
        .stream().map(Accounts::state).toList();
  }

  private long openAdministrators(Instant now) {
    return em.createQuery("select count(p) from Person p where p.role = :role and (p.closedFrom is null or p.closedFrom > :now)", Long.class)
        .setParameter("role", Role.ADMIN).setParameter("now", now).getSingleResult();
  }

  /** The accounts locked now (administrators only). */
  public List<AccountState> locked(String adminUsername) {
    AccessPolicy.requireAdministrator(find(adminUsername).orElseThrow(AccessPolicy::denied));
    return em.createNamedQuery("Person.findLocked", Person.class).setParameter("now", clock.instant()).getResultList()
        .stream().map(Accounts::state).toList();
  }

  /** One account's state (administrators only). */
  public AccountState state(String adminUsername, String username) {
    AccessPolicy.requireAdministrator(find(adminUsername).orElseThrow(AccessPolicy::denied));
    return find(username == null ? "" : username.strip()).map(Accounts::state)
        .orElseThrow(() -> new BusinessException("account.notFound"));
  }

  private static AccountState state(Person p) {
    return new AccountState(p.getUsername(), p.getDisplayName(), p.getProvince() == null ? null : p.getProvince().getCode(),
        p.isMustChangePassword(), p.getFailedLogins(), p.getLockedUntil(), p.getClosedFrom(), p.getClosedBecause());
  }

  private static AuditTarget target(Person p) {
    return new AuditTarget(null, p.getUsername(), p.getProvince() == null ? null : p.getProvince().getCode(), null,
        p.getDisplayName() + " (" + p.getUsername() + ")");
  }

  /** An administrator's act on an account says why (the audit log keeps it). */
  private static String reason(String reason) {
    String r = reason == null ? "" : reason.strip();
    if (r.isEmpty()) {
      throw new BusinessException("admin.reasonRequired");
    }
    if (r.length() > 1000) {
      throw new BusinessException("input.tooLong", 1000);
    }
    return r;
  }


  private Optional<Person> find(String username) {
    if (username == null) {
      return Optional.empty();
    }
    return em.createNamedQuery("Person.findByUsername", Person.class).setParameter("username", username)
        .getResultStream().findFirst();
  }

  private boolean verify(String password, String stored) {
    try {
      return password != null && hash.verify(password.toCharArray(), stored);
    } catch (RuntimeException e) {
      return false;
    }
  }
}
