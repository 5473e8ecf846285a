package th.go.cdd.performance.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import th.go.cdd.performance.audit.AuditAction;
import th.go.cdd.performance.audit.AuditEntry;
import th.go.cdd.performance.approval.ApprovalService;
import th.go.cdd.performance.approval.Decision;
import th.go.cdd.performance.assignment.AssignedKpi;
import th.go.cdd.performance.assignment.AssignedKpiText;
import th.go.cdd.performance.assignment.AssignedKpis;
import th.go.cdd.performance.document.PdfText;
import th.go.cdd.performance.document.SummaryDocuments;
import th.go.cdd.performance.document.Verification;
import th.go.cdd.performance.monitoring.KpiRollup;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.program.ReportingRound;
import th.go.cdd.performance.report.KpiEntry;
import th.go.cdd.performance.report.KpiInput;
import th.go.cdd.performance.report.KpiRow;
import th.go.cdd.performance.report.Report;
import th.go.cdd.performance.report.ReportEditor;
import th.go.cdd.performance.shared.BusinessException;
import th.go.cdd.performance.testing.JsfClient;

/**
 * KPIs 7–10 assigned by supervisors, in the real container: an officer's province-wide KPI and a
 * director's per-person KPI reach the next round's reports (the person's overriding the
 * province's), the PDF prints them, signatures cover them, and every one else or every late
 * change is refused.
 */
@ExtendWith(ArquillianExtension.class)
class AssignedKpiIT {
  @Deployment
  static WebArchive deployment() {
    return Deployments.productWithFixture(AssignedKpiIT.class);
  }

  @EJB private ItFixture fixture;
  @EJB private AssignedKpis assigned;
  @EJB private ReportEditor editor;
  @EJB private ApprovalService approvals;
  @EJB private SummaryDocuments documents;
  @EJB private Verification verification;
  @EJB private KpiRollup rollup;
  @Inject private ManagementService management;
  @Inject private RuntimeService runtime;
  @Resource private UserTransaction utx;
  @org.jboss.arquillian.test.api.ArquillianResource private java.net.URL base;
  @PersistenceContext private EntityManager em;

  private <T> T inTx(Callable<T> work) {
    return Tx.inTx(utx, work);
  }

  private static String prefix() {
    return "k" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static AssignedKpiText text(String title, Integer... thresholds) {
    List<BigDecimal> t = thresholds.length == 0 ? Collections.nCopies(5, null)
        : List.of(thresholds).stream().map(BigDecimal::valueOf).toList();
    return new AssignedKpiText(title, null, "ครั้ง", "ภาพถ่ายกิจกรรม", List.of("ระดับหนึ่ง", "ระดับสอง", "ระดับสาม", "ระดับสี่", "ระดับห้า"), t);
  }

  private ReportingRound round(ItFixture.Office o, int number) {
    return inTx(() -> em.createQuery("select r from ReportingRound r where r.program.code = :c and r.number = :n", ReportingRound.class)
        .setParameter("c", o.programCode()).setParameter("n", number).getSingleResult());
  }

  /** Opens round {@code number} for one staff member now, as its timer would on the round's first day. */
  private long open(ItFixture.Office o, String staff, int number) {
    long roundId = round(o, number).getId();
    Person person = inTx(() -> em.createNamedQuery("Person.findByUsername", Person.class).setParameter("username", staff).getSingleResult());
    String pid = runtime.createProcessInstanceQuery().processDefinitionKey("roundReport").variableValueEquals("roundId", roundId)
        .variableValueEquals("staffId", person.getId()).singleResult().getId();
    management.executeJob(management.createJobQuery().processInstanceId(pid).activityId("roundOpens").timers().singleResult().getId());
    return inTx(() -> em.createQuery("select r from Report r where r.processInstanceId = :pid", Report.class)
        .setParameter("pid", pid).getSingleResult().getId());
  }

  /** KPI number → title of the report's entries, read in one transaction. */
  private List<String> titles(long reportId) {
    return inTx(() -> em.find(Report.class, reportId).getEntries().stream()
        .sorted(java.util.Comparator.comparingInt(KpiEntry::getNumber))
        .map(e -> e.getNumber() + (e.isAssigned() ? ":" + e.getTitleTh() : "")).toList());
  }

  private int seen(long id) {
    return inTx(() -> em.find(Report.class, id).getSubmissionCount());
  }

  @Test
  void theOfficersProvinceKpiReachesTheNextRoundsReportsAndADirectorsPersonalKpiOverridesItForOnePerson() throws Exception {
    String p = prefix();
    ItFixture.Office o = fixture.createOffice(p, "50", 2);
    long round2 = round(o, 2).getId();
    String staff1 = o.staff().get(0);
    String staff2 = o.staff().get(1);

    assigned.define(o.officer(), round2, null, 8, text("ประชุมประชาคมหมู่บ้าน " + p));
    assigned.define(o.officer(), round2, null, 9, text("สำรวจข้อมูล จปฐ. " + p, 2, 4, 6, 8, 10));
    AssignedKpi personal = assigned.define(o.director(), round2, staff1, 8, text("จัดทำแผนชุมชนส่วนบุคคล " + p));

    long r1 = open(o, staff1, 2);
    long r2 = open(o, staff2, 2);
    assertThat(titles(r1)).containsExactly("1", "2", "3", "4", "5", "6", "8:จัดทำแผนชุมชนส่วนบุคคล " + p, "9:สำรวจข้อมูล จปฐ. " + p);
    assertThat(titles(r2)).containsExactly("1", "2", "3", "4", "5", "6", "8:ประชุมประชาคมหมู่บ้าน " + p, "9:สำรวจข้อมูล จปฐ. " + p);
    assertThat(inTx(() -> em.find(Report.class, r2).entryFor(9).orElseThrow().getWeightShare())).isEqualByComparingTo("0.5");

    // a draft already open follows a new definition; round 1's report (already running) keeps the blank KPI 7
    assigned.define(o.officer(), round2, null, 10, text("งานอื่นตามที่ได้รับมอบหมาย " + p));
    assertThat(titles(r2)).contains("10:งานอื่นตามที่ได้รับมอบหมาย " + p);
    assertThat(titles(o.reports().get(0))).containsExactly("1", "2", "3", "4", "5", "6", "7");

    // the director takes the personal KPI back: staff 1's draft gets the province's KPI 8 again
    assigned.remove(o.director(), personal.getId());
    assertThat(titles(r1)).contains("8:ประชุมประชาคมหมู่บ้าน " + p).doesNotContain("8:จัดทำแผนชุมชนส่วนบุคคล " + p);

    // the staff member fills the assigned KPIs: 9 has thresholds, so its level is computed from the figure
    assertThat(editor.saveKpi(staff2, r2, new KpiInput(9, BigDecimal.valueOf(7), null, null, List.of(new KpiRow("สำรวจ", "๗ ครัวเรือน"))))
        .level()).isEqualTo(3);
    editor.saveKpi(staff2, r2, new KpiInput(8, null, null, 4, List.of(new KpiRow("ประชุม", "ประชุมครบ ๔ หมู่บ้าน"))));
    assertThat(PdfText.of(documents.summary(staff2, r2, false))).contains("ประชุมประชาคมหมู่บ้าน " + p).contains("ประชุมครบ ๔ หมู่บ้าน");
    assertThat(inTx(() -> em.createQuery("select a from AuditEntry a where a.action = :action and a.actorUsername = :u", AuditEntry.class)
        .setParameter("action", AuditAction.ASSIGN_KPI).setParameter("u", o.officer()).getResultList()))
        .hasSize(3).allSatisfy(a -> assertThat(a.getRoundId()).isEqualTo(round2));
    assertThat(inTx(() -> em.createQuery("select a from AuditEntry a where a.action = :action and a.actorUsername = :u", AuditEntry.class)
        .setParameter("action", AuditAction.REMOVE_ASSIGNED_KPI).setParameter("u", o.director()).getResultList()))
        .singleElement().satisfies(a -> assertThat(a.getPersonUsername()).isEqualTo(staff1));
  }

  @Test
  void afterTheRoundStartsDefinitionsAreRefused() {
    ItFixture.Office o = fixture.createOffice(prefix(), "50", 1);
    long round1 = round(o, 1).getId();
    assertThatThrownBy(() -> assigned.define(o.officer(), round1, null, 8, text("ช้าไป"))).isInstanceOf(BusinessException.class)
        .hasMessage("assigned.roundStarted");
    assertThatThrownBy(() -> assigned.define(o.director(), round1, o.staff().get(0), 8, text("ช้าไป")))
        .hasMessage("assigned.roundStarted");
  }

  @Test
  void anotherProvincesOfficerAnotherGroupsDirectorAndStaffAreRefused() {
    String p = prefix();
    ItFixture.Office o = fixture.createOffice(p, "50", 1);
    ItFixture.Office otherProvince = fixture.createOffice(prefix(), "51", 1);
    ItFixture.Office otherGroup = fixture.createOffice(prefix(), "50", 1);
    long round2 = round(o, 2).getId();
    String staff = o.staff().get(0);
    AssignedKpi provinceKpi = assigned.define(o.officer(), round2, null, 8, text("ของจังหวัด"));

    assertThatThrownBy(() -> assigned.remove(otherProvince.officer(), provinceKpi.getId())).hasMessage("access.denied");
    assertThatThrownBy(() -> assigned.define(otherProvince.officer(), round2, staff, 8, text("ไม่มีสิทธิ์"))).hasMessage("access.denied");
    assertThatThrownBy(() -> assigned.define(otherProvince.director(), round2, staff, 8, text("ไม่มีสิทธิ์"))).hasMessage("access.denied");
    assertThatThrownBy(() -> assigned.define(otherGroup.director(), round2, staff, 8, text("ไม่มีสิทธิ์"))).hasMessage("access.denied");
    assertThatThrownBy(() -> assigned.define(o.director(), round2, null, 8, text("ไม่มีสิทธิ์"))).as("the province is the officer's")
        .hasMessage("access.denied");
    assertThatThrownBy(() -> assigned.define(staff, round2, staff, 9, text("ไม่มีสิทธิ์"))).hasMessage("access.denied");
    assertThatThrownBy(() -> assigned.define(staff, round2, null, 9, text("ไม่มีสิทธิ์"))).hasMessage("access.denied");
    assertThatThrownBy(() -> assigned.visible(staff, round2)).hasMessage("access.denied");
    assertThat(assigned.visible(otherProvince.officer(), round2)).isEmpty();
    assertThat(assigned.visible(o.director(), round2)).extracting(AssignedKpi::getTitleTh).containsExactly("ของจังหวัด");
    assertThat(assigned.assignableStaff(o.director())).extracting(Person::getUsername).containsExactly(staff);
  }

  @Test
  void signaturesCoverTheAssignedKpisAndAChangeAfterSigningFailsVerification() throws Exception {
    String p = prefix();
    ItFixture.Office o = fixture.createOffice(p, "50", 1);
    long round2 = round(o, 2).getId();
    String staff = o.staff().get(0);
    AssignedKpi kpi8 = assigned.define(o.officer(), round2, null, 8, text("ประชุมประชาคม " + p));
    assigned.define(o.director(), round2, staff, 9, text("ติดตามโครงการ " + p));
    long id = open(o, staff, 2);
    for (int kpi = 1; kpi <= 6; kpi++) {
      BigDecimal base = kpi == 2 ? BigDecimal.valueOf(80) : null;
      BigDecimal figure = kpi == 2 ? BigDecimal.valueOf(62) : BigDecimal.valueOf(kpi == 1 || kpi == 5 ? 4 : 25);
      editor.saveKpi(staff, id, new KpiInput(kpi, figure, base, null, List.of(new KpiRow("เป้าหมาย " + kpi, "ผล " + kpi))));
    }
    editor.saveKpi(staff, id, new KpiInput(8, null, null, 5, List.of(new KpiRow("ประชุมทุกหมู่บ้าน", "ครบ ๑๒ หมู่บ้าน"))));
    editor.saveKpi(staff, id, new KpiInput(9, null, null, 1, List.of(new KpiRow("ติดตาม", "เริ่มแล้ว"))));
    approvals.submit(staff, id);
    assertThatThrownBy(() -> assigned.define(o.officer(), round2, null, 8, text("เปลี่ยนหลังส่ง"))).as("a report is already submitted")
        .hasMessage("assigned.reportSubmitted");
    assertThatThrownBy(() -> assigned.remove(o.officer(), kpi8.getId())).hasMessage("assigned.reportSubmitted");
    approvals.decide(o.director(), id, seen(id), Decision.APPROVE, null);
    approvals.decide(o.officer(), id, seen(id), Decision.SIGN, null);

    // equal weights: KPIs 8 and 9 share KPI 7's weight, so they count as one KPI at (5 + 1) / 2
    int framework = inTx(() -> em.find(Report.class, id).getEntries().stream().filter(e -> !e.isAssigned())
        .mapToInt(e -> e.getLevel() == null ? 0 : e.getLevel()).sum());
    BigDecimal expected = BigDecimal.valueOf(framework + 3).divide(BigDecimal.valueOf(7), 2, java.math.RoundingMode.HALF_UP);
    assertThat(rollup.scores(o.officer(), new KpiRollup.Window(round2, false, true), null, 0, 10))
        .singleElement().satisfies(s -> assertThat(s.roundScore()).isEqualByComparingTo(expected));

    String text = PdfText.of(documents.summary(staff, id, false));
    assertThat(text).contains("ประชุมประชาคม " + p).contains("ติดตามโครงการ " + p).contains("ครบ ๑๒ หมู่บ้าน");
    Matcher code = Pattern.compile("R\\d+-[0-9A-F]{16}").matcher(text);
    assertThat(code.find()).isTrue();
    assertThat(verification.verify(code.group()).outcome()).isEqualTo(Verification.Outcome.MATCHES);

    inTx(() -> em.createQuery("update AssignedKpi a set a.titleTh = :t where a.id = :id").setParameter("t", "แก้ชื่อภายหลัง")
        .setParameter("id", kpi8.getId()).executeUpdate());
    assertThat(verification.verify(code.group()).outcome()).as("the assigned KPI's title changed behind the signatures")
        .isEqualTo(Verification.Outcome.DOES_NOT_MATCH);
    inTx(() -> em.createQuery("update AssignedKpi a set a.titleTh = :t where a.id = :id").setParameter("t", "ประชุมประชาคม " + p)
        .setParameter("id", kpi8.getId()).executeUpdate());
    assertThat(verification.verify(code.group()).outcome()).isEqualTo(Verification.Outcome.MATCHES);
    inTx(() -> em.createQuery("update KpiEntry e set e.level = 1 where e.report.id = :id and e.assigned is not null")
        .setParameter("id", id).executeUpdate());
    assertThat(verification.verify(code.group()).outcome()).as("the assigned entry's level changed after signing")
        .isEqualTo(Verification.Outcome.DOES_NOT_MATCH);
  }

  @Test
  void theOfficerDefinesAKpiOnThePageTheDirectorSeesItAndStaffAreRefused() throws Exception {
    String p = prefix();
    ItFixture.Office o = fixture.createOffice(p, "50", 1);
    long round2 = round(o, 2).getId();
    JsfClient officer = login(o.officer());
    String page = "app/assigned-kpis.xhtml?round=" + round2;
    String form = officer.get(page).body();
    assertThat(form).contains("assigned:save").contains("assigned:levels:4:level");

    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("jakarta.faces.partial.ajax", "true");
    fields.put("jakarta.faces.source", "assigned:save");
    fields.put("jakarta.faces.partial.execute", "assigned:editor");
    fields.put("jakarta.faces.partial.render", "assigned");
    fields.put("assigned:save", "assigned:save");
    fields.put("assigned", "assigned");
    fields.put("assigned:round_input", String.valueOf(round2));
    fields.put("assigned:number_input", "8");
    fields.put("assigned:titleTh", "<b>ประชุมผ่านหน้าเว็บ " + p + "</b>");
    fields.put("assigned:titleEn", "");
    fields.put("assigned:unit", "ครั้ง");
    fields.put("assigned:evidence", "");
    for (int i = 0; i < 5; i++) {
      fields.put("assigned:levels:" + i + ":level", "ระดับ " + (i + 1));
      fields.put("assigned:levels:" + i + ":threshold", String.valueOf(i + 1));
    }
    fields.put(JsfClient.VIEW_STATE, JsfClient.viewState(form));
    JsfClient.Answer saved = officer.postPartial(page, fields);
    assertThat(saved.statusCode()).isEqualTo(200);
    assertThat(saved.body()).as("stored markup is shown escaped").contains("&lt;b&gt;ประชุมผ่านหน้าเว็บ " + p).doesNotContain("<b>ประชุมผ่านหน้าเว็บ");
    assertThat(assigned.visible(o.officer(), round2)).singleElement().satisfies(a -> {
      assertThat(a.getNumber()).isEqualTo(8);
      assertThat(a.isComputed()).isTrue();
    });

    String director = login(o.director()).get(page).body();
    assertThat(director).contains("ประชุมผ่านหน้าเว็บ " + p).contains("assigned:staff");
    JsfClient.Answer staff = login(o.staff().get(0)).get(page);
    assertThat(staff.statusCode()).isLessThan(500);
    assertThat(staff.body()).doesNotContain("ประชุมผ่านหน้าเว็บ").doesNotContain("assigned:save");
  }

  private JsfClient login(String username) throws Exception {
    JsfClient http = JsfClient.at(base).build();
    assertThat(http.signIn(username, ItFixture.PASSWORD).statusCode()).as("login of " + username).isEqualTo(302);
    return http;
  }
}
