package th.go.cdd.performance.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import th.go.cdd.performance.audit.AuditAction;
import th.go.cdd.performance.audit.AuditEntry;
import th.go.cdd.performance.audit.AuditFilter;
import th.go.cdd.performance.audit.AuditLog;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.people.Role;
import th.go.cdd.performance.roster.RosterImport;
import th.go.cdd.performance.roster.RosterOutcome;
import th.go.cdd.performance.security.AccountState;
import th.go.cdd.performance.security.Accounts;

/** Accounts in the container on H2: the first-login password change, the lockout and unlock, an administrator's reset. */
@ExtendWith(ArquillianExtension.class)
class AccountsIT {
  private static final String WHY = "ผู้ใช้ลืมรหัสผ่าน";

  @Deployment
  static WebArchive deployment() {
    return Deployments.productWithFixture(AccountsIT.class);
  }

  @EJB private ItFixture fixture;
  @EJB private RosterImport roster;
  @EJB private Accounts accounts;
  @EJB private AuditLog audit;
  @jakarta.annotation.Resource private jakarta.transaction.UserTransaction utx;
  @PersistenceContext private EntityManager em;
  @jakarta.inject.Inject private jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash oldHash;

  /** One staff member imported from a roster; returns {username, one-time password}. */
  private String[] imported(String p) {
    ItFixture.Office office = fixture.createOffice(p, "50", 1);
    String csv = "\uFEFFคำนำหน้า,ชื่อ,นามสกุล,เลขประจำตัว,ตำแหน่ง,รหัสกลุ่มงาน,กลุ่มงาน,รหัสจังหวัด,บทบาท,รุ่น\n"
        + "นางสาว,บัญชี,ทดสอบ," + p + "-S1,นักพัฒนาชุมชน," + p + "G1,กลุ่มงานส่งเสริม,50,พนักงาน,1\n";
    RosterOutcome outcome = roster.run(fixture.administrator(), office.programCode(), csv.getBytes(StandardCharsets.UTF_8), "a.csv");
    assertThat(outcome.problems()).isEmpty();
    return new String[] {p + "-S1", outcome.passwords().get(0).password()};
  }

  private static String prefix() {
    return "c" + UUID.randomUUID().toString().substring(0, 6);
  }

  @Test
  void aOneTimePasswordSignsInForFourteenDaysOnlyAndANewOneDoesAgain() throws Exception {
    String[] u = imported(prefix());
    String user = u[0];
    assertThat(accounts.login(user, u[1])).as("on the day it is issued").contains(Role.STAFF);
    age(user, java.time.Duration.ofDays(13));
    assertThat(accounts.login(user, u[1])).as("13 days later").contains(Role.STAFF);
    age(user, java.time.Duration.ofDays(2));
    assertThat(accounts.login(user, u[1])).as("15 days later").isEmpty();
    assertThatThrownBy(() -> accounts.changePassword(user, u[1], "a good new one", "a good new one")).as("nor can it be changed then")
        .hasMessage("password.currentWrong");
    String fresh = accounts.reset(fixture.administrator(), user, "หมดอายุ");
    assertThat(accounts.login(user, fresh)).as("a new one from the administrator").contains(Role.STAFF);
    accounts.changePassword(user, fresh, "a good new one", "a good new one");
    age(user, java.time.Duration.ofDays(400));
    assertThat(accounts.login(user, "a good new one")).as("a chosen password does not expire").contains(Role.STAFF);
  }

  /**
   * A password hashed at the old strength (PBKDF2, 2,048 iterations) still signs in, and that sign-in
   * hashes it again at 600,000: the same password keeps working, it stays one-time, and no session
   * ends (the time of the last change is untouched). A wrong password strengthens nothing.
   */
  @Test
  void aPasswordHashedAtTheOldStrengthIsHashedAgainAtItsNextSuccessfulSignIn() throws Exception {
    String[] u = imported(prefix());
    oldHash.initialize(java.util.Map.of("Pbkdf2PasswordHash.Iterations", "2048"));
    String weak = oldHash.generate(u[1].toCharArray());
    java.time.Instant changedAt = Tx.inTx(utx, () -> {
      em.createQuery("update Person p set p.passwordHash = :h where p.username = :u").setParameter("h", weak).setParameter("u", u[0]).executeUpdate();
      return em.createQuery("select p.passwordChangedAt from Person p where p.username = :u", java.time.Instant.class)
          .setParameter("u", u[0]).getSingleResult();
    });

    assertThat(accounts.login(u[0], "not the password")).isEmpty();
    assertThat(storedHash(u[0])).as("a refused sign-in strengthens nothing").isEqualTo(weak);

    assertThat(accounts.login(u[0], u[1])).contains(Role.STAFF);
    String strong = storedHash(u[0]);
    assertThat(strong).startsWith("PBKDF2WithHmacSHA256:600000:").isNotEqualTo(weak);
    assertThat(accounts.login(u[0], u[1])).as("the same password, now at the new strength").contains(Role.STAFF);
    assertThat(storedHash(u[0])).as("hashed again once only").isEqualTo(strong);
    assertThat(accounts.mustChangePassword(u[0])).as("still a one-time password").isTrue();
    assertThat(Tx.inTx(utx, () -> em.createQuery("select p.passwordChangedAt from Person p where p.username = :u", java.time.Instant.class)
        .setParameter("u", u[0]).getSingleResult())).as("no session ends").isEqualTo(changedAt);
  }

  private String storedHash(String username) throws Exception {
    return Tx.inTx(utx, () -> {
      em.clear();
      return em.createQuery("select p.passwordHash from Person p where p.username = :u", String.class).setParameter("u", username).getSingleResult();
    });
  }

  @Test
  void aCommonOrGuessablePasswordIsRefusedAtTheChange() {
    String[] u = imported(prefix());
    for (String weak : java.util.List.of("1234567890", "password123", "qwertyuiop")) {
      assertThatThrownBy(() -> accounts.changePassword(u[0], u[1], weak, weak)).as(weak).hasMessage("password.tooGuessable");
    }
    assertThatThrownBy(() -> accounts.changePassword(u[0], u[1], "บัญชี" + "12345", "บัญชี" + "12345")).as("the person's first name and digits")
        .hasMessage("password.tooGuessable");
    assertThat(accounts.mustChangePassword(u[0])).isTrue();
  }

  /** Moves the issue date of the person's one-time password back by {@code by}, as if that time had passed. */
  private void age(String username, java.time.Duration by) throws Exception {
    Tx.inTx(utx, () -> {
      java.time.Instant issued = em.createQuery("select p.oneTimePasswordIssuedAt from Person p where p.username = :u", java.time.Instant.class)
          .setParameter("u", username).getSingleResult();
      if (issued != null) {
        em.createQuery("update Person p set p.oneTimePasswordIssuedAt = :t where p.username = :u").setParameter("t", issued.minus(by))
            .setParameter("u", username).executeUpdate();
      }
      return null;
    });
  }

  @Test
  void aOneTimePasswordMustBeChangedToOneThatMeetsThePolicy() {
    String[] u = imported(prefix());
    String user = u[0];
    String otp = u[1];
    assertThat(accounts.login(user, otp)).contains(Role.STAFF);
    assertThat(accounts.mustChangePassword(user)).isTrue();

    assertThatThrownBy(() -> accounts.changePassword(user, "wrong-password", "a good new one", "a good new one"))
        .hasMessage("password.currentWrong");
    assertThatThrownBy(() -> accounts.changePassword(user, otp, "short", "short")).hasMessage("password.tooShort");
    assertThatThrownBy(() -> accounts.changePassword(user, otp, user, user)).hasMessage("password.sameAsUsername");
    assertThatThrownBy(() -> accounts.changePassword(user, otp, "a good new one", "a good new two")).hasMessage("password.confirmationDiffers");
    assertThatThrownBy(() -> accounts.changePassword(user, otp, otp, otp)).hasMessage("password.sameAsCurrent");
    assertThat(accounts.mustChangePassword(user)).as("refusals change nothing").isTrue();

    accounts.changePassword(user, otp, "a good new one", "a good new one");

    assertThat(accounts.mustChangePassword(user)).isFalse();
    assertThat(accounts.login(user, otp)).isEmpty();
    assertThat(accounts.login(user, "a good new one")).contains(Role.STAFF);
  }

  @Test
  void anUnknownNameIsRefusedInAboutTheTimeOfAWrongPasswordSoTimingDoesNotTellWhoExists() {
    String p = prefix();
    String[] u = imported(p);
    long[] wrong = new long[7];
    long[] unknown = new long[7];
    for (int i = -2; i < wrong.length; i++) { // two rounds to warm up
      long t0 = System.nanoTime();
      assertThat(accounts.login(u[0], "wrong")).isEmpty();
      long t1 = System.nanoTime();
      assertThat(accounts.login(p + "-nobody", "wrong")).isEmpty();
      long t2 = System.nanoTime();
      assertThat(accounts.login(u[0], u[1])).as("a success clears the failure count").isPresent();
      if (i >= 0) {
        wrong[i] = t1 - t0;
        unknown[i] = t2 - t1;
      }
    }
    java.util.Arrays.sort(wrong);
    java.util.Arrays.sort(unknown);
    double wrongMs = wrong[wrong.length / 2] / 1e6;
    double unknownMs = unknown[unknown.length / 2] / 1e6;
    System.out.printf("login refusal, median of %d: wrong password %.1f ms, unknown name %.1f ms%n", wrong.length, wrongMs, unknownMs);
    assertThat(unknownMs).as("the unknown name's hash check costs what a stored hash's does").isLessThan(3 * wrongMs + 15);
  }

  @Test
  void fiveFailuresInARowLockTheAccountUntilAnAdministratorUnlocksIt() {
    String p = prefix();
    String[] u = imported(p);
    String user = u[0];
    String admin = fixture.administrator();
    for (int i = 0; i < 4; i++) {
      assertThat(accounts.login(user, "wrong " + i)).isEmpty();
    }
    assertThat(accounts.login(user, u[1])).as("four failures do not lock; a success clears the count").contains(Role.STAFF);
    for (int i = 0; i < 5; i++) {
      assertThat(accounts.login(user, "wrong " + i)).isEmpty();
    }
    assertThat(accounts.login(user, u[1])).as("locked: even the right password is refused").isEmpty();
    assertThat(accounts.login(p + "-nobody", u[1])).as("an unknown user gets the same answer").isEmpty();
    assertThat(accounts.locked(admin)).extracting(AccountState::username).contains(user);
    assertThat(accounts.state(admin, user).lockedUntil()).isNotNull();

    assertThatThrownBy(() -> accounts.unlock(user, user, WHY)).hasMessage("access.denied");
    assertThatThrownBy(() -> accounts.locked(user)).hasMessage("access.denied");
    accounts.unlock(admin, user, WHY);

    assertThat(accounts.locked(admin)).extracting(AccountState::username).doesNotContain(user);
    assertThat(accounts.login(user, u[1])).contains(Role.STAFF);
    assertThatThrownBy(() -> accounts.unlock(admin, user, WHY)).hasMessage("account.notLocked");
    assertThat(audit(admin, AuditAction.UNLOCK_ACCOUNT, user)).singleElement()
        .satisfies(a -> {
          assertThat(a.getActorUsername()).isEqualTo(admin);
          assertThat(a.getReason()).isEqualTo(WHY);
        });
  }

  @Test
  void anAdministratorResetsOneAccountWithANewOneTimePassword() {
    String[] u = imported(prefix());
    String user = u[0];
    String admin = fixture.administrator();
    accounts.changePassword(user, u[1], "my own password", "my own password");

    assertThatThrownBy(() -> accounts.reset(user, user, WHY)).hasMessage("access.denied");
    assertThatThrownBy(() -> accounts.reset(admin, user + "-nobody", WHY)).hasMessage("account.notFound");
    assertThatThrownBy(() -> accounts.reset(admin, user, " ")).hasMessage("admin.reasonRequired");
    String fresh = accounts.reset(admin, user, WHY);

    assertThat(fresh).hasSizeGreaterThanOrEqualTo(10).isNotEqualTo(u[1]);
    assertThat(accounts.login(user, "my own password")).isEmpty();
    assertThat(accounts.login(user, fresh)).contains(Role.STAFF);
    assertThat(accounts.mustChangePassword(user)).isTrue();
    Person person = em.createNamedQuery("Person.findByUsername", Person.class).setParameter("username", user).getSingleResult();
    assertThat(person.getPasswordHash()).doesNotContain(fresh);
    assertThat(audit(admin, AuditAction.RESET_PASSWORD, user)).singleElement().satisfies(a -> {
      assertThat(a.getPersonUsername()).isEqualTo(user);
      assertThat(a.getProvinceCode()).isEqualTo("50");
    });
  }

  private java.util.List<AuditEntry> audit(String admin, AuditAction action, String user) {
    return audit.search(admin, new AuditFilter(action, null, null, null, null, user), 0, 100, "at", true);
  }
}
