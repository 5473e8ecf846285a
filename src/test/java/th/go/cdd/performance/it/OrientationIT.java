package th.go.cdd.performance.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import th.go.cdd.performance.document.PdfText;
import org.junit.jupiter.api.extension.ExtendWith;
import th.go.cdd.performance.circular.Attendance;
import th.go.cdd.performance.circular.AttendanceRow;
import th.go.cdd.performance.circular.AttendanceStatus;
import th.go.cdd.performance.circular.CircularAttachment;
import th.go.cdd.performance.circular.Circulars;
import th.go.cdd.performance.circular.Posters;
import th.go.cdd.performance.circular.ProgramTask;
import th.go.cdd.performance.circular.ProgramTasks;
import th.go.cdd.performance.circular.SubmissionLink;
import th.go.cdd.performance.export.TableFormat;
import th.go.cdd.performance.people.Role;
import th.go.cdd.performance.program.Program;
import th.go.cdd.performance.program.Province;
import th.go.cdd.performance.shared.BusinessException;
import th.go.cdd.performance.shared.ThaiDates;

/**
 * The circular and the orientation in the real container: an administrator registers the circular
 * with its files, staff see and acknowledge it and check in to the orientation in its window (the
 * process tasks complete), the attendance report counts them for the province's officer only, the
 * QR link leads to one's own report, and the poster prints the province and the link.
 */
@ExtendWith(ArquillianExtension.class)
class OrientationIT {
  private static final byte[] PDF = "%PDF-1.4\n% agenda\n".getBytes(StandardCharsets.US_ASCII);

  @Deployment
  static WebArchive deployment() {
    return Deployments.productWithFixture(OrientationIT.class);
  }

  @EJB private ItFixture fixture;
  @EJB private Circulars circulars;
  @EJB private ProgramTasks programTasks;
  @EJB private Attendance attendance;
  @EJB private SubmissionLink submission;
  @EJB private Posters posters;
  @Inject private TaskService tasks;
  @Inject private HistoryService history;
  @Inject private ManagementService management;
  @PersistenceContext private EntityManager em;

  private static String prefix() {
    return "o" + UUID.randomUUID().toString().substring(0, 8);
  }

  private long programId(String code) {
    return em.createNamedQuery("Program.findByCode", Program.class).setParameter("code", code).getSingleResult().getId();
  }

  private static ProgramTask task(List<ProgramTask> list, String key) {
    return list.stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow(() -> new AssertionError("no task " + key));
  }

  private void register(String admin, long programId, LocalDate orientationDay) {
    circulars.register(admin, programId, "มท ๐๔๐๒.๒/ว ๒๕๗๓", LocalDate.of(2021, 9, 10),
        "ขอเชิญประชุมชี้แจงแนวทางการปฏิบัติงานพนักงานราชการเฉพาะกิจ", "อธิบดีกรมการพัฒนาชุมชน",
        "หนังสือกรมการพัฒนาชุมชน ด่วนที่สุด ที่ มท ๐๔๐๒.๒/ว ๒๓๙๙", orientationDay, "https://zoom.us/j/123456789");
  }

  @Test
  void theCircularIsRegisteredWithItsFilesAndStaffOfTheProgramReadAndAcknowledgeIt() {
    ItFixture.Office o = fixture.createOffice(prefix(), "50", 1);
    ItFixture.Office other = fixture.createOffice(prefix(), "40", 1);
    String admin = fixture.administrator();
    long programId = programId(o.programCode());
    register(admin, programId, em.find(Program.class, programId).getOrientationDate());
    CircularAttachment file = circulars.attach(admin, programId, "กำหนดการ.pdf", PDF);
    assertThatThrownBy(() -> circulars.attach(admin, programId, "evil.pdf", "MZ\u0090 not a pdf".getBytes(StandardCharsets.ISO_8859_1)))
        .isInstanceOf(BusinessException.class).hasFieldOrPropertyWithValue("key", "circular.fileType");
    assertThatThrownBy(() -> circulars.attach(o.officer(), programId, "a.pdf", PDF))
        .isInstanceOf(BusinessException.class).hasFieldOrPropertyWithValue("key", "access.denied");
    assertThat(circulars.attachments(programId)).extracting(CircularAttachment::getFileName).containsExactly("กำหนดการ.pdf");
    assertThat(circulars.search(admin, "ว 2573")).extracting(Program::getCode).contains(o.programCode());
    assertThat(em.createQuery("select count(a) from AuditEntry a where a.targetLabel = :program and a.actorUsername = :admin", Long.class)
        .setParameter("program", o.programCode()).setParameter("admin", admin).getSingleResult())
        .as("registering and attaching are audited").isEqualTo(2L);

    String staff = o.staff().get(0);
    ProgramTask circular = task(programTasks.of(staff), ProgramTask.ACKNOWLEDGE);
    assertThat(circular.circularNo()).isEqualTo("มท ๐๔๐๒.๒/ว ๒๕๗๓");
    assertThat(circular.circularDate()).isEqualTo(LocalDate.of(2021, 9, 10));
    assertThat(circular.attachments()).extracting(ProgramTask.FileLink::id).containsExactly(file.getId());
    assertThat(circulars.download(staff, file.getId()).getContent()).isEqualTo(PDF);
    assertThat(circulars.download(o.officer(), file.getId()).getFileName()).isEqualTo("กำหนดการ.pdf");
    assertThatThrownBy(() -> circulars.download(other.staff().get(0), file.getId())).isInstanceOf(BusinessException.class);

    assertThatThrownBy(() -> programTasks.complete(other.staff().get(0), circular.id())).isInstanceOf(BusinessException.class);
    programTasks.complete(staff, circular.id());
    assertThat(programTasks.of(staff)).extracting(ProgramTask::key).doesNotContain(ProgramTask.ACKNOWLEDGE);
    assertThat(history.createHistoricTaskInstanceQuery().taskId(circular.id()).finished().count()).isEqualTo(1);
  }

  @Test
  void checkInInsideTheWindowCountsInTheProvinceAttendanceWhichOnlyItsOfficerAndAdministratorsSee() {
    String prefix = prefix();
    ItFixture.Office o = fixture.createOffice(prefix, "50", 2);
    ItFixture.Office other = fixture.createOffice(prefix(), "40", 1);
    String admin = fixture.administrator();
    long programId = programId(o.programCode());
    circulars.saveAgenda(admin, programId, "08:30-09:00 | รายงานตัว\n09:00-10:00 | วิสัยทัศน์ พันธกิจ | อธิบดี");
    String staff1 = o.staff().get(0);
    String staff2 = o.staff().get(1);

    // the fixture's orientation is a few days ahead: check-in has not opened yet
    ProgramTask checkIn = task(programTasks.of(staff1), ProgramTask.CHECK_IN);
    assertThat(checkIn.agenda()).hasSize(2);
    assertThat(checkIn.zoomLink()).isNotBlank();
    assertThatThrownBy(() -> programTasks.complete(staff1, checkIn.id()))
        .isInstanceOf(BusinessException.class).hasFieldOrPropertyWithValue("key", "orientation.notYet");

    assertThatThrownBy(() -> programTasks.checkInOfficer(o.officer(), programId))
        .isInstanceOf(BusinessException.class).hasFieldOrPropertyWithValue("key", "orientation.notToday");
    register(admin, programId, LocalDate.now(ThaiDates.BANGKOK));
    programTasks.complete(staff1, checkIn.id());
    programTasks.checkInOfficer(o.officer(), programId);
    assertThatThrownBy(() -> programTasks.checkInOfficer(o.officer(), programId))
        .isInstanceOf(BusinessException.class).hasFieldOrPropertyWithValue("key", "task.alreadyHandled");
    assertThatThrownBy(() -> programTasks.checkInOfficer(staff2, programId))
        .isInstanceOf(BusinessException.class).hasFieldOrPropertyWithValue("key", "access.denied");
    assertThat(history.createHistoricTaskInstanceQuery().taskId(checkIn.id()).finished().count()).isEqualTo(1);

    // the window closes for staff 2 without a check-in
    String pid = tasks.createTaskQuery().taskAssignee(staff2).taskDefinitionKey(ProgramTask.CHECK_IN).singleResult().getProcessInstanceId();
    Job timer = management.createJobQuery().processInstanceId(pid).activityId("checkInWindowClosed").singleResult();
    management.executeJob(timer.getId());
    assertThat(tasks.createTaskQuery().taskAssignee(staff2).taskDefinitionKey(ProgramTask.CHECK_IN).count()).isZero();

    // every officer of the province is expected (earlier tests left officers in province 50): this office's people
    List<AttendanceRow> rows = attendance.of(o.officer(), programId, "50").stream().filter(r -> r.name().contains(prefix)).toList();
    assertThat(rows).as("the officer and the two staff members").hasSize(3);
    assertThat(rows).filteredOn(r -> r.status() == AttendanceStatus.CHECKED_IN).hasSize(2)
        .allSatisfy(r -> assertThat(r.checkedInAt()).isNotNull())
        .extracting(AttendanceRow::role).containsExactlyInAnyOrder(Role.OFFICER, Role.STAFF);
    assertThat(rows).filteredOn(r -> r.status() == AttendanceStatus.ABSENT).hasSize(1);
    assertThat(attendance.of(admin, programId, "50")).filteredOn(r -> r.name().contains(prefix)).hasSize(3);
    String csv = new String(TableFormat.CSV.write(attendance.table(o.officer(), programId, "50", key -> key)), StandardCharsets.UTF_8);
    assertThat(csv).contains("attendance.status.CHECKED_IN").contains("attendance.status.ABSENT").contains("พนักงาน1");
    assertThat(TableFormat.XLSX.write(attendance.table(admin, programId, "50", key -> key))).isNotEmpty();
    assertThatThrownBy(() -> attendance.of(other.officer(), programId, "50"))
        .isInstanceOf(BusinessException.class).hasFieldOrPropertyWithValue("key", "access.denied");
    assertThatThrownBy(() -> attendance.of(staff1, programId, "50")).isInstanceOf(BusinessException.class);
    assertThat(attendance.provinces(other.officer(), programId)).extracting(Province::getCode).containsExactly("40");
    assertThat(attendance.provinces(o.officer(), programId)).extracting(Province::getCode).containsExactly("50");
  }

  @Test
  void theSubmitLinkLeadsStaffToTheirOwnReportOfTheRoundAndThePosterPrintsTheProvinceAndTheLink() throws Exception {
    ItFixture.Office o = fixture.createOffice(prefix(), "50", 2);
    ItFixture.Office other = fixture.createOffice(prefix(), "40", 1);
    assertThat(submission.reportOf(o.staff().get(0), o.programCode(), 1)).isEqualTo(o.reports().get(0));
    assertThat(submission.reportOf(o.staff().get(1), o.programCode(), 1)).isEqualTo(o.reports().get(1));
    assertThatThrownBy(() -> submission.reportOf(o.officer(), o.programCode(), 1))
        .isInstanceOf(BusinessException.class).hasFieldOrPropertyWithValue("key", "submit.notStaff");
    assertThatThrownBy(() -> submission.reportOf(o.staff().get(0), o.programCode(), 9))
        .isInstanceOf(BusinessException.class).hasFieldOrPropertyWithValue("key", "submit.noRound");
    assertThatThrownBy(() -> submission.reportOf(other.staff().get(0), o.programCode(), 1))
        .isInstanceOf(BusinessException.class).hasFieldOrPropertyWithValue("key", "submit.noReport");

    long programId = programId(o.programCode());
    String text = text(posters.poster(o.officer(), programId, 1, "50"));
    assertThat(text).contains("เชียงใหม่").contains("แบบประเมินผลการปฏิบัติงาน")
        .contains("/app/submit.xhtml?program=" + o.programCode() + "&round=1");
    assertThat(posters.poster(fixture.administrator(), programId, 2, "50")).isNotEmpty();
    assertThatThrownBy(() -> posters.poster(other.officer(), programId, 1, "50")).isInstanceOf(BusinessException.class);
  }

  private static String text(byte[] pdf) throws IOException {
    return PdfText.of(pdf);
  }
}
