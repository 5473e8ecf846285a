package th.go.cdd.performance.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.UserTransaction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
import th.go.cdd.performance.administration.ParticipationEnding;
import th.go.cdd.performance.demo.DemoRefused;
import th.go.cdd.performance.monitoring.Holders;
import th.go.cdd.performance.monitoring.ReportLine;
import th.go.cdd.performance.monitoring.ReportLists;
import th.go.cdd.performance.demo.DemoYear;
import th.go.cdd.performance.people.AccountClosure;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.people.Role;
import th.go.cdd.performance.report.Report;
import th.go.cdd.performance.roster.RosterChange;
import th.go.cdd.performance.roster.RosterImport;
import th.go.cdd.performance.roster.RosterOutcome;
import th.go.cdd.performance.security.AccountClosedException;
import th.go.cdd.performance.security.AccountState;
import th.go.cdd.performance.security.Accounts;
import th.go.cdd.performance.security.FirstAdministrator;
import th.go.cdd.performance.shared.ThaiDates;

/**
 * A department's first day, in the container: the demo refuses a database that holds accounts, the
 * first administrator of a database without one gets a one-time password in an owner-only file,
 * administrators create and close further administrators, and accounts end (an administrator, the
 * end of participation, a roster that drops someone), each refused at sign-in with its own message
 * and audited, and opened again.
 */
@ExtendWith(ArquillianExtension.class)
class FirstDayIT {
  private static final String WHY = "ลาออกจากราชการ";
  private static final String HEADER = "\uFEFFคำนำหน้า,ชื่อ,นามสกุล,เลขประจำตัว,ตำแหน่ง,รหัสกลุ่มงาน,กลุ่มงาน,รหัสจังหวัด,บทบาท,รุ่น\n";

  @Deployment
  static WebArchive deployment() {
    return Deployments.productWithFixture(FirstDayIT.class);
  }

  @EJB private ItFixture fixture;
  @EJB private DemoYear demo;
  @EJB private FirstAdministrator firstAdministrator;
  @EJB private Accounts accounts;
  @EJB private RosterImport roster;
  @EJB private ParticipationEnding participation;
  @EJB private AuditLog audit;
  @EJB private ReportLists lists;
  @EJB private Holders holders;
  @Inject private Pbkdf2PasswordHash hash;
  @Resource private UserTransaction utx;
  @PersistenceContext private EntityManager em;

  private static String prefix() {
    return "f" + UUID.randomUUID().toString().substring(0, 6);
  }

  private static String row(String p, String number, String first) {
    return "นางสาว," + first + ",ทดสอบ," + p + "-" + number + ",นักพัฒนาชุมชน," + p + "G1,กลุ่มงานส่งเสริม,50,พนักงาน,1\n";
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void theDemoRefusesADatabaseThatAlreadyHoldsAccounts() {
    fixture.administrator(); // the test database holds accounts

    assertThatThrownBy(() -> demo.loadIfAbsent()).isInstanceOf(DemoRefused.class).hasMessageContaining("empty database");

    Long demoPrograms = em.createQuery("select count(p) from Program p where p.code = :c", Long.class)
        .setParameter("c", DemoYear.PROGRAM_CODE).getSingleResult();
    assertThat(demoPrograms).as("nothing of the demo was loaded").isZero();
    assertThat(em.createNamedQuery("Person.findByUsername", Person.class).setParameter("username", "cm.staff1").getResultList()).isEmpty();
  }

  @Test
  void theFirstAdministratorOfADatabaseWithoutOneGetsAOneTimePasswordInAFileOnlyTheServerUserReads() throws Exception {
    fixture.administrator();
    Path dir = Files.createTempDirectory("first-admin");
    Path file = dir.resolve("first-administrator.txt");
    String name = prefix() + ".admin";
    utx.begin();
    try {
      withoutAdministrators();

      assertThat(firstAdministrator.createIfNone(name, file)).contains(name);

      assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
      String text = Files.readString(file);
      String password = text.lines().filter(l -> l.startsWith("one-time password: ")).findFirst().orElseThrow()
          .substring("one-time password: ".length());
      assertThat(password).hasSizeGreaterThanOrEqualTo(10);
      Person admin = em.createNamedQuery("Person.findByUsername", Person.class).setParameter("username", name).getSingleResult();
      assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
      assertThat(admin.isMustChangePassword()).as("to be changed at the first sign-in").isTrue();
      assertThat(hash.verify(password.toCharArray(), admin.getPasswordHash())).isTrue();
      assertThat(admin.getPasswordHash()).doesNotContain(password);

      assertThat(firstAdministrator.createIfNone(name + "2", dir.resolve("again.txt"))).as("once there is one, nothing").isEmpty();
      assertThat(dir.resolve("again.txt")).doesNotExist();
    } finally {
      utx.rollback();
    }
  }

  @Test
  void theFirstAdministratorIsNotMadeOverAnExistingPasswordFile() throws Exception {
    fixture.administrator();
    Path file = Files.createTempFile("first-admin", ".txt");
    Files.writeString(file, "an earlier password");
    String name = prefix() + ".admin";
    utx.begin();
    try {
      withoutAdministrators();
      assertThatThrownBy(() -> firstAdministrator.createIfNone(name, file)).hasStackTraceContaining("exists already");
    } finally {
      utx.rollback();
    }
    assertThat(Files.readString(file)).isEqualTo("an earlier password");
    assertThat(em.createNamedQuery("Person.findByUsername", Person.class).setParameter("username", name).getResultList()).isEmpty();
  }

  @Test
  void anAdministratorCreatesAnotherWhoSignsInWithAOneTimePasswordAndClosesThemAgain() {
    String admin = fixture.administrator();
    String name = prefix() + ".admin";
    String staff = imported(prefix(), "S1")[0];

    assertThatThrownBy(() -> accounts.createAdministrator(staff, name, "", "สมหญิง", "ดูแล", null, WHY)).hasMessage("access.denied");
    assertThatThrownBy(() -> accounts.createAdministrator(admin, "a b", "", "สมหญิง", "ดูแล", null, WHY)).hasMessage("account.usernameInvalid");
    assertThatThrownBy(() -> accounts.createAdministrator(admin, staff, "", "สมหญิง", "ดูแล", null, WHY)).hasMessage("account.usernameTaken");
    assertThatThrownBy(() -> accounts.createAdministrator(admin, name, "", " ", "ดูแล", null, WHY)).hasMessage("account.nameRequired");
    assertThatThrownBy(() -> accounts.createAdministrator(admin, name, "", "สมหญิง", "ดูแล", "not-an-address", WHY)).hasMessage("account.emailInvalid");
    assertThatThrownBy(() -> accounts.createAdministrator(admin, name, "", "สมหญิง", "ดูแล", null, " ")).hasMessage("admin.reasonRequired");
    String password = accounts.createAdministrator(admin, name, "นางสาว", "สมหญิง", "ดูแล", "it@example.org", WHY);

    assertThat(accounts.login(name, password)).contains(Role.ADMIN);
    assertThat(accounts.mustChangePassword(name)).isTrue();
    assertThat(accounts.administrators(admin)).extracting(AccountState::username).contains(name, admin);
    assertThat(audit(admin, AuditAction.CREATE_ADMINISTRATOR, name)).singleElement()
        .satisfies(a -> assertThat(a.getActorUsername()).isEqualTo(admin));

    accounts.changePassword(name, password, "kanokwan-bangkok-2569", "kanokwan-bangkok-2569");
    assertThatThrownBy(() -> accounts.close(name, name, WHY)).hasMessage("account.closeSelf");
    accounts.close(name, staff, WHY); // the new administrator acts on the country's accounts
    assertThatThrownBy(() -> accounts.login(staff, passwords.get(staff))).isInstanceOf(AccountClosedException.class);
    accounts.close(admin, name, WHY);
    assertThatThrownBy(() -> accounts.login(name, "kanokwan-bangkok-2569")).isInstanceOf(AccountClosedException.class);
    assertThat(accounts.login(name, "a wrong password")).as("a wrong password learns nothing of the closure").isEmpty();
    assertThatThrownBy(() -> accounts.close(admin, name, WHY)).hasMessage("account.alreadyClosed");
    assertThat(accounts.closed(admin)).extracting(AccountState::username).contains(name, staff);
    assertThat(accounts.sessionCredentials(name).open()).as("the closed administrator's sessions end").isFalse();
    assertThat(audit(admin, AuditAction.CLOSE_ACCOUNT, name)).singleElement().satisfies(a -> assertThat(a.getReason()).isEqualTo(WHY));

    accounts.reopen(admin, name, "กลับเข้ารับราชการ");
    assertThat(accounts.login(name, "kanokwan-bangkok-2569")).contains(Role.ADMIN);
    assertThat(accounts.sessionCredentials(name).open()).isTrue();
    assertThatThrownBy(() -> accounts.reopen(admin, name, WHY)).hasMessage("account.notClosed");
    assertThat(audit(admin, AuditAction.REOPEN_ACCOUNT, name)).hasSize(1);
  }

  /** The one-time passwords of the staff imported by {@link #imported}, and the program they were imported into. */
  private final java.util.Map<String, String> passwords = new java.util.HashMap<>();
  private String program;

  /** Staff members of a new office in Chiang Mai, imported from a roster; their usernames (passwords in {@link #passwords}). */
  private String[] imported(String p, String... numbers) {
    ItFixture.Office office = fixture.createOffice(p, "50", 1);
    program = office.programCode();
    StringBuilder csv = new StringBuilder(HEADER);
    for (String n : numbers) {
      csv.append(row(p, n, "บัญชี" + n));
    }
    RosterOutcome outcome = roster.run(fixture.administrator(), program, bytes(csv.toString()), "day1.csv");
    assertThat(outcome.problems()).isEmpty();
    outcome.passwords().forEach(pw -> passwords.put(pw.username(), pw.password()));
    return java.util.Arrays.stream(numbers).map(n -> p + "-" + n).toArray(String[]::new);
  }

  @Test
  void aStaffMembersAccountClosesAtTheEndOfTheLastDayOfParticipation() throws Exception {
    String admin = fixture.administrator();
    String staff = imported(prefix(), "S1")[0];
    String password = passwords.get(staff);
    LocalDate today = LocalDate.now(ThaiDates.BANGKOK);

    participation.end(admin, staff, today, WHY);

    assertThat(accounts.login(staff, password)).as("the last day itself still signs in").contains(Role.STAFF);
    AccountState state = accounts.state(admin, staff);
    assertThat(state.closedBecause()).isEqualTo(AccountClosure.PARTICIPATION_ENDED);
    assertThat(state.closedFrom()).isEqualTo(today.plusDays(1).atStartOfDay(ThaiDates.BANGKOK).toInstant());
    assertThat(audit(admin, AuditAction.CLOSE_ACCOUNT, staff)).singleElement().satisfies(a -> assertThat(a.getReason()).isEqualTo(WHY));

    // the day ends (the application's clock cannot be moved in the container; the closing time is)
    Tx.inTx(utx, () -> em.createQuery("update Person p set p.closedFrom = :past where p.username = :u")
        .setParameter("past", Instant.now().minusSeconds(1)).setParameter("u", staff).executeUpdate());
    assertThatThrownBy(() -> accounts.login(staff, password)).isInstanceOf(AccountClosedException.class);
    assertThat(accounts.sessionCredentials(staff).open()).isFalse();
    assertThat(accounts.closed(admin)).extracting(AccountState::username).contains(staff);
  }

  @Test
  void aRosterThatNoLongerListsSomeoneClosesTheirAccountAndListingThemAgainOpensIt() {
    String admin = fixture.administrator();
    String p = prefix();
    String[] staff = imported(p, "S1", "S2");
    String s2 = passwords.get(staff[1]);

    RosterOutcome preview = roster.preview(admin, program, bytes(HEADER + row(p, "S1", "บัญชีS1")));
    assertThat(preview.closed()).as("the preview names whom the file drops").isGreaterThanOrEqualTo(1);
    assertThat(preview.changes()).filteredOn(c -> c.kind() == RosterChange.Kind.CLOSED).extracting(RosterChange::staffNumber).contains(staff[1])
        .doesNotContain(staff[0]);
    assertThat(accounts.login(staff[1], s2)).as("a preview changes nothing").contains(Role.STAFF);

    RosterOutcome dropped = roster.run(admin, program, bytes(HEADER + row(p, "S1", "บัญชีS1")), "dropped.csv");

    assertThat(dropped.closed()).isGreaterThanOrEqualTo(1);
    assertThatThrownBy(() -> accounts.login(staff[1], s2)).isInstanceOf(AccountClosedException.class);
    assertThat(accounts.state(admin, staff[1]).closedBecause()).isEqualTo(AccountClosure.ROSTER_DROPPED);
    assertThat(accounts.state(admin, staff[0]).closedBecause()).as("the one still listed stays open").isNull();
    assertThat(audit(admin, AuditAction.CLOSE_ACCOUNT, staff[1])).hasSize(1);

    RosterOutcome back = roster.run(admin, program, bytes(HEADER + row(p, "S1", "บัญชีS1") + row(p, "S2", "บัญชีS2")), "back.csv");

    assertThat(back.changes()).filteredOn(c -> c.staffNumber().equals(staff[1])).singleElement()
        .satisfies(c -> assertThat(c.detail()).contains("account reopened"));
    assertThat(accounts.login(staff[1], s2)).contains(Role.STAFF);
    assertThat(audit(admin, AuditAction.REOPEN_ACCOUNT, staff[1])).hasSize(1);
  }

  @Test
  void anAccountAnAdministratorClosedStaysClosedWhenARosterListsItAgain() {
    String admin = fixture.administrator();
    String p = prefix();
    String staff = imported(p, "S1")[0];
    String password = passwords.get(staff);
    accounts.close(admin, staff, WHY);

    roster.run(admin, program, bytes(HEADER + row(p, "S1", "บัญชีS1")), "again.csv");

    assertThat(accounts.state(admin, staff).closedBecause()).isEqualTo(AccountClosure.ADMINISTRATOR);
    assertThatThrownBy(() -> accounts.login(staff, password)).isInstanceOf(AccountClosedException.class);
  }

  @Test
  void aClosedAccountsOpenTasksAreNamedForReassignmentAndItIsNoLongerReminded() {
    String admin = fixture.administrator();
    ItFixture.Office office = fixture.createOffice(prefix(), "50", 2);
    long waiting = office.reports().get(0);
    long draft = office.reports().get(1);
    fixture.fillAndSubmit(office.staff().get(0), waiting);
    Person director = em.createNamedQuery("Person.findByUsername", Person.class).setParameter("username", office.director()).getSingleResult();
    long roundId = em.find(Report.class, waiting).getRound().getId();

    accounts.close(admin, office.director(), WHY);
    accounts.close(admin, office.staff().get(1), WHY);

    List<ReportLine> lines = lists.province(admin, roundId, "50");
    ReportLine atDirector = lines.stream().filter(l -> l.reportId() == waiting).findFirst().orElseThrow();
    assertThat(atDirector.holder().names()).contains(director.getDisplayName());
    assertThat(atDirector.holder().closedNames()).as("the overdue and province lists name the closed holder").isEqualTo(director.getDisplayName());
    ReportLine ownDraft = lines.stream().filter(l -> l.reportId() == draft).findFirst().orElseThrow();
    assertThat(ownDraft.holder().closedNames()).isEqualTo(ownDraft.holder().names()).isNotEmpty();
    assertThat(holders.of(em.find(Report.class, waiting))).as("nobody closed is reminded").isEmpty();
    assertThat(holders.of(em.find(Report.class, draft))).isEmpty();

    accounts.reopen(admin, office.director(), WHY);
    ReportLine reopened = lists.province(admin, roundId, "50").stream().filter(l -> l.reportId() == waiting).findFirst().orElseThrow();
    assertThat(reopened.holder().closedNames()).isEmpty();
    assertThat(holders.of(em.find(Report.class, waiting))).extracting(Person::getUsername).containsExactly(office.director());
  }

  /** A database without an administrator: those of the test database step aside in the test's transaction only. */
  private void withoutAdministrators() {
    em.createQuery("update Person p set p.role = :staff where p.role = :admin")
        .setParameter("staff", Role.STAFF).setParameter("admin", Role.ADMIN).executeUpdate();
    em.clear();
  }

  private List<AuditEntry> audit(String admin, AuditAction action, String user) {
    return audit.search(admin, new AuditFilter(action, null, null, null, null, user), 0, 100, "at", true);
  }
}
