package th.go.cdd.performance.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import jakarta.transaction.UserTransaction;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import th.go.cdd.performance.audit.AuditAction;
import th.go.cdd.performance.audit.AuditFilter;
import th.go.cdd.performance.audit.AuditLog;
import th.go.cdd.performance.approval.ApprovalService;
import th.go.cdd.performance.approval.Decision;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.people.Role;
import th.go.cdd.performance.people.WorkGroup;
import th.go.cdd.performance.program.Program;
import th.go.cdd.performance.roster.IssuedPassword;
import th.go.cdd.performance.report.Report;
import th.go.cdd.performance.report.ReportStatus;
import th.go.cdd.performance.roster.PersonMove;
import th.go.cdd.performance.roster.PersonMoves;
import th.go.cdd.performance.roster.RosterChange;
import th.go.cdd.performance.roster.RosterImport;
import th.go.cdd.performance.roster.RosterOutcome;
import th.go.cdd.performance.roster.RosterProblem;
import th.go.cdd.performance.shared.ThaiDates;
import th.go.cdd.performance.workflow.StaffEnrolment;

/**
 * The roster import in the container on H2: a clean file makes groups, directors, officers and
 * staff with accounts (hashed one-time passwords) and enrols the staff; the same file again changes
 * nothing; one bad row imports nothing; a later file moves a person and keeps the move, at once or
 * from a later date, and a staff member's waiting report follows them to the new group's director.
 */
@ExtendWith(ArquillianExtension.class)
class RosterIT {
  static final String HEADER = "คำนำหน้า,ชื่อ,นามสกุล,เลขประจำตัว,ตำแหน่ง,รหัสกลุ่มงาน,กลุ่มงาน,รหัสจังหวัด,บทบาท,อีเมล,โทรศัพท์,รุ่น,มีผลตั้งแต่\n";

  @Deployment
  static WebArchive deployment() {
    return Deployments.productWithFixture(RosterIT.class);
  }

  @EJB private ItFixture fixture;
  @EJB private RosterImport roster;
  @EJB private AuditLog audit;
  @EJB private PersonMoves moves;
  @EJB private ApprovalService approvals;
  @Inject private RuntimeService runtime;
  @Inject private TaskService tasks;
  @Resource private UserTransaction utx;
  @Inject private HistoryService history;
  @Inject private Pbkdf2PasswordHash hash;
  @PersistenceContext private EntityManager em;

  /** A roster for an office of Chiang Mai (cohort 1) and one director in Khon Kaen; staff numbers start with the prefix. */
  static String file(String p, String staff1Group, String effective) {
    return HEADER
        + "นาย,ประยุทธ,พัฒนา," + p + "-O1,พัฒนาการจังหวัดเชียงใหม่,,,50,พัฒนาการจังหวัด,o1@example.org,053-111111,,\n"
        + "นาง,สมใจ,นำทาง," + p + "-D1,ผู้อำนวยการกลุ่มงานส่งเสริม," + p + "G1,กลุ่มงานส่งเสริมการพัฒนาชุมชน,50,ผู้อำนวยการกลุ่มงาน,,,,\n"
        + "นาย,สมศักดิ์,วางแผน," + p + "-D2,ผู้อำนวยการกลุ่มงานยุทธศาสตร์," + p + "G2,กลุ่มงานยุทธศาสตร์,50,DIRECTOR,,,,\n"
        + "นางสาว,สมศรี,ใจดี," + p + "-S1,นักพัฒนาชุมชน," + staff1Group + "," + (staff1Group.endsWith("G1") ? "กลุ่มงานส่งเสริมการพัฒนาชุมชน" : "กลุ่มงานยุทธศาสตร์")
        + ",50,พนักงาน,s1@example.org,081-0000001,1," + effective + "\n"
        + "นาย,สมชาย,ขยัน," + p + "-S2,นักพัฒนาชุมชน," + p + "G1,กลุ่มงานส่งเสริมการพัฒนาชุมชน,50,STAFF,,,1,\n"
        + "นาย,ขอนแก่น,ทดสอบ," + p + "-D3,ผู้อำนวยการกลุ่มงาน," + p + "K1,กลุ่มงานขอนแก่น,40,DIRECTOR,,,,\n";
  }

  private static byte[] bytes(String s) {
    return ("\uFEFF" + s).getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aCleanFileImportsOnceAndTheSameFileAgainChangesNothing() {
    String p = "r" + UUID.randomUUID().toString().substring(0, 6);
    ItFixture.Office office = fixture.createOffice(p, "50", 1);
    String admin = fixture.administrator();
    byte[] file = bytes(file(p, p + "G1", ""));

    RosterOutcome preview = roster.preview(admin, office.programCode(), file);
    assertThat(preview.problems()).isEmpty();
    assertThat(preview.added()).isEqualTo(6);
    assertThat(preview.passwords()).isEmpty();
    assertThat(person(p + "-S1")).as("a preview writes nothing").isNull();

    RosterOutcome first = roster.run(admin, office.programCode(), file, "roster.csv");
    assertThat(first.problems()).isEmpty();
    assertThat(first.added()).isEqualTo(6);
    assertThat(first.updated()).isZero();
    assertThat(first.unchanged()).isZero();
    assertThat(first.groupsAdded()).isEqualTo(3);
    assertThat(first.enrolled()).isEqualTo(2);
    assertThat(first.passwords()).hasSize(6).extracting(IssuedPassword::username)
        .containsExactlyInAnyOrder(p + "-O1", p + "-D1", p + "-D2", p + "-S1", p + "-S2", p + "-D3");

    Person officer = person(p + "-O1");
    assertThat(officer.getRole()).isEqualTo(Role.OFFICER);
    assertThat(officer.getWorkGroup()).isNull();
    assertThat(officer.getProvince().getCode()).isEqualTo("50");
    assertThat(officer.getEmail()).isEqualTo("o1@example.org");
    assertThat(officer.getPhone()).isEqualTo("053-111111");
    Person director = person(p + "-D1");
    assertThat(director.getRole()).isEqualTo(Role.DIRECTOR);
    assertThat(director.candidateGroups()).containsExactly(Person.directorGroup("50", p + "G1"));
    assertThat(director.getWorkGroup().getNameTh()).isEqualTo("กลุ่มงานส่งเสริมการพัฒนาชุมชน");
    assertThat(person(p + "-D3").getProvince().getCode()).isEqualTo("40");
    Person staff = person(p + "-S1");
    assertThat(staff.getRole()).isEqualTo(Role.STAFF);
    assertThat(staff.getCohort().getNumber()).isEqualTo(1);
    assertThat(staff.getContractStart()).as("the cohort's contract").isEqualTo(staff.getCohort().getContractStart());
    assertThat(staff.getStaffNumber()).isEqualTo(p + "-S1");

    for (IssuedPassword issued : first.passwords()) {
      Person person = person(issued.username());
      assertThat(person.isMustChangePassword()).isTrue();
      assertThat(person.getPasswordHash()).doesNotContain(issued.password()).startsWith("PBKDF2WithHmacSHA256:");
      assertThat(hash.verify(issued.password().toCharArray(), person.getPasswordHash())).isTrue();
    }
    Program program = em.createNamedQuery("Program.findByCode", Program.class).setParameter("code", office.programCode()).getSingleResult();
    for (String s : List.of(p + "-S1", p + "-S2")) {
      assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("staffProgram")
          .processInstanceBusinessKey(StaffEnrolment.businessKey(program.getId(), person(s).getId())).count()).as(s + " enrolled").isEqualTo(1);
    }
    assertThat(audit.search(admin, new AuditFilter(AuditAction.IMPORT_ROSTER, null, null, null, null, null), 0, 500, "at", true))
        .anySatisfy(a -> assertThat(a.getDetails()).startsWith("added 6, updated 0, unchanged 0, closed ")); // closed: other tests' people of the province

    String hashBefore = person(p + "-S1").getPasswordHash();
    RosterOutcome again = roster.run(admin, office.programCode(), file, "roster.csv");
    assertThat(again.problems()).isEmpty();
    assertThat(again.unchanged()).isEqualTo(6);
    assertThat(again.added()).isZero();
    assertThat(again.updated()).isZero();
    assertThat(again.groupsAdded()).isZero();
    assertThat(again.passwords()).isEmpty();
    assertThat(person(p + "-S1").getPasswordHash()).as("passwords are not re-issued").isEqualTo(hashBefore);
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("staffProgram")
        .processInstanceBusinessKey(StaffEnrolment.businessKey(program.getId(), person(p + "-S1").getId())).count()).isEqualTo(1);
  }

  @Test
  void aFileWithOneBadRowImportsNothingAndNamesTheLine() {
    String p = "r" + UUID.randomUUID().toString().substring(0, 6);
    ItFixture.Office office = fixture.createOffice(p, "50", 1);
    String admin = fixture.administrator();
    String bad = file(p, p + "G1", "").replace(p + "-D2,ผู้อำนวยการกลุ่มงานยุทธศาสตร์," + p + "G2,กลุ่มงานยุทธศาสตร์,50,",
        p + "-D2,ผู้อำนวยการกลุ่มงานยุทธศาสตร์," + p + "G2,กลุ่มงานยุทธศาสตร์,99,");

    RosterOutcome outcome = roster.run(admin, office.programCode(), bytes(bad), "bad.csv");

    assertThat(outcome.clean()).isFalse();
    assertThat(outcome.problems()).singleElement().satisfies(pr -> {
      assertThat(pr.line()).isEqualTo(4);
      assertThat(pr.key()).isEqualTo("roster.badProvince");
    });
    assertThat(outcome.passwords()).isEmpty();
    for (String s : List.of("-O1", "-D1", "-D2", "-S1", "-S2", "-D3")) {
      assertThat(person(p + s)).as(s + " not imported").isNull();
    }
    assertThat(em.createNamedQuery("WorkGroup.findByProvinceAndCode", WorkGroup.class).setParameter("province", "50")
        .setParameter("code", p + "G1").getResultList()).isEmpty();
  }

  @Test
  void aLaterFileMovesAPersonToAnotherGroupAndKeepsTheMove() {
    String p = "r" + UUID.randomUUID().toString().substring(0, 6);
    ItFixture.Office office = fixture.createOffice(p, "50", 1);
    String admin = fixture.administrator();
    roster.run(admin, office.programCode(), bytes(file(p, p + "G1", "")), "roster.csv");
    LocalDate today = LocalDate.now(ThaiDates.BANGKOK);

    RosterOutcome moved = roster.run(admin, office.programCode(), bytes(file(p, p + "G2", ThaiDates.format(today))), "move.csv");

    assertThat(moved.problems()).isEmpty();
    assertThat(moved.updated()).isEqualTo(1);
    assertThat(moved.unchanged()).isEqualTo(5);
    assertThat(moved.changes()).filteredOn(c -> c.kind() == RosterChange.Kind.MOVED).singleElement()
        .satisfies(c -> assertThat(c.staffNumber()).isEqualTo(p + "-S1"));
    Person staff = person(p + "-S1");
    assertThat(staff.getWorkGroup().getCode()).isEqualTo(p + "G2");
    List<PersonMove> moves = em.createNamedQuery("PersonMove.findByPerson", PersonMove.class).setParameter("person", staff).getResultList();
    assertThat(moves).singleElement().satisfies(m -> {
      assertThat(m.getFromGroup().getCode()).isEqualTo(p + "G1");
      assertThat(m.getToGroup().getCode()).isEqualTo(p + "G2");
      assertThat(m.getEffectiveFrom()).isEqualTo(today);
      assertThat(m.getRecordedBy()).isEqualTo(admin);
    });
  }

  @Test
  void aMoveFromALaterDateWaitsForItsDayAndIsThenCarriedOut() throws Exception {
    String p = "r" + UUID.randomUUID().toString().substring(0, 6);
    ItFixture.Office office = fixture.createOffice(p, "50", 1);
    String admin = fixture.administrator();
    roster.run(admin, office.programCode(), bytes(file(p, p + "G1", "")), "roster.csv");
    LocalDate tomorrow = LocalDate.now(ThaiDates.BANGKOK).plusDays(1);
    String later = file(p, p + "G2", ThaiDates.format(tomorrow));

    RosterOutcome dated = roster.run(admin, office.programCode(), bytes(later), "move.csv");

    assertThat(dated.changes()).filteredOn(c -> c.kind() == RosterChange.Kind.MOVED).singleElement()
        .satisfies(c -> assertThat(c.detail()).contains(ThaiDates.format(tomorrow)));
    assertThat(person(p + "-S1").getWorkGroup().getCode()).as("not moved before the day").isEqualTo(p + "G1");
    assertThat(pendingMoves(p + "-S1")).singleElement().satisfies(m -> assertThat(m.getEffectiveFrom()).isEqualTo(tomorrow));
    RosterOutcome again = roster.run(admin, office.programCode(), bytes(later), "move.csv");
    assertThat(again.unchanged()).as("the same file again changes nothing").isEqualTo(6);
    assertThat(pendingMoves(p + "-S1")).hasSize(1);
    moves.applyDue();
    assertThat(person(p + "-S1").getWorkGroup().getCode()).isEqualTo(p + "G1");

    // the day comes (the application's clock cannot be moved in the container; the move's date is)
    Tx.inTx(utx, () -> em.createQuery("update PersonMove m set m.effectiveFrom = :today where m.appliedAt is null and m.person.username = :u")
        .setParameter("today", tomorrow.minusDays(1)).setParameter("u", p + "-S1").executeUpdate());
    assertThat(moves.applyDue()).isGreaterThanOrEqualTo(1);

    assertThat(person(p + "-S1").getWorkGroup().getCode()).isEqualTo(p + "G2");
    assertThat(pendingMoves(p + "-S1")).isEmpty();
    RosterOutcome settled = roster.run(admin, office.programCode(), bytes(file(p, p + "G2", "")), "after.csv");
    assertThat(settled.updated()).as("the moved person's row now matches").isZero();
  }

  @Test
  void aReportWaitingForTheDirectorFollowsItsStaffMemberToTheNewGroup() throws Exception {
    String p = "r" + UUID.randomUUID().toString().substring(0, 6);
    ItFixture.Office office = fixture.createOffice(p, "50", 1);
    String staff = office.staff().get(0);
    long reportId = office.reports().get(0);
    fixture.fillAllKpis(staff, reportId);
    approvals.submit(staff, reportId);
    String admin = fixture.administrator();
    String moveFile = HEADER
        + "นาง,สมหญิง,ผู้นำใหม่," + p + "-DN,ผู้อำนวยการกลุ่มงานใหม่," + p + "N,กลุ่มงานใหม่,50,DIRECTOR,,,,\n"
        + "นางสาว,พนักงาน1," + p + "," + staff + ",นักพัฒนาชุมชน," + p + "N,กลุ่มงานใหม่,50,STAFF,,,1,\n";

    RosterOutcome outcome = roster.run(admin, office.programCode(), bytes(moveFile), "move.csv");

    assertThat(outcome.problems()).isEmpty();
    String newGroup = Person.directorGroup("50", p + "N");
    Report report = Tx.inTx(utx, () -> em.find(Report.class, reportId));
    assertThat(report.getStatus()).isEqualTo(ReportStatus.WITH_DIRECTOR);
    assertThat(report.getPendingGroup()).isEqualTo(newGroup);
    Task task = tasks.createTaskQuery().processInstanceId(report.getProcessInstanceId()).singleResult();
    assertThat(tasks.getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId).containsExactly(newGroup);
    assertThat(runtime.createProcessInstanceQuery().variableValueEquals("staffId", report.getStaff().getId()).list())
        .as("every running process of the staff member, later rounds too")
        .allSatisfy(pi -> assertThat(runtime.getVariable(pi.getId(), "groupCode")).isEqualTo(p + "N"));
    int seen = report.getSubmissionCount();
    assertThatThrownBy(() -> approvals.decide(office.director(), reportId, seen, Decision.APPROVE, null))
        .as("the old group's director no longer holds it").hasMessage("access.denied");
    approvals.decide(p + "-DN", reportId, seen, Decision.APPROVE, null);
    assertThat(Tx.inTx(utx, () -> em.find(Report.class, reportId).getStatus())).isEqualTo(ReportStatus.WITH_OFFICER);
  }

  private List<PersonMove> pendingMoves(String username) {
    return Tx.inTx(utx, () -> em.createNamedQuery("PersonMove.findPendingByPerson", PersonMove.class)
        .setParameter("person", person(username)).getResultList());
  }

  @Test
  void onlyAnAdministratorImports() {
    String p = "r" + UUID.randomUUID().toString().substring(0, 6);
    ItFixture.Office office = fixture.createOffice(p, "50", 1);
    assertThatThrownBy(() -> roster.preview(office.officer(), office.programCode(), bytes(file(p, p + "G1", ""))))
        .hasMessage("access.denied");
    assertThatThrownBy(() -> roster.run(office.officer(), office.programCode(), bytes(file(p, p + "G1", "")), "x.csv"))
        .hasMessage("access.denied");
  }

  private Person person(String username) {
    return em.createNamedQuery("Person.findByUsername", Person.class).setParameter("username", username).getResultStream().findFirst().orElse(null);
  }
}
