package th.go.cdd.performance.demo;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import th.go.cdd.performance.approval.ApprovalService;
import th.go.cdd.performance.approval.ApprovalStep;
import th.go.cdd.performance.circular.Agendas;
import th.go.cdd.performance.approval.Decision;
import th.go.cdd.performance.program.ProgramCatalog;
import th.go.cdd.performance.program.ProgramData;
import th.go.cdd.performance.report.KpiInput;
import th.go.cdd.performance.report.KpiRow;
import th.go.cdd.performance.report.ReportEditor;

/**
 * Builds the demo year through the application's own services, each step its own transaction,
 * so the demo's states are states the real workflow can reach.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoYear {
  public static final String PROGRAM_CODE = "cdd-temp-staff-2564-demo";
  /** Today falls this many days into round 2. */
  private static final int DAYS_INTO_ROUND_2 = 9;

  private static final String[][] CHIANG_MAI = {
    {"นาย", "สมชาย", "ใจดี"}, {"นางสาว", "พรทิพย์", "ศรีสุข"},
    {"นางสาว", "กมลวรรณ", "แก้วมณี"}, {"นาย", "ธนากร", "บุญมา"}, {"นาง", "เพ็ญศรี", "อินทร์แก้ว"},
    {"นาย", "วีระพงษ์", "คำปัน"}, {"นางสาว", "อรุณี", "ไชยวงศ์"}, {"นาย", "ณัฐวุฒิ", "ปัญญาดี"}
  };
  private static final String[][] KHON_KAEN = {
    {"นาย", "ประเสริฐ", "ศรีวงศ์"}, {"นาง", "สุมาลี", "พลเยี่ยม"},
    {"นาย", "อนุชา", "ภูผา"}, {"นางสาว", "จิราพร", "โคตรชัย"}, {"นาย", "สุรเชษฐ์", "แสนสุข"},
    {"นางสาว", "ชลธิชา", "บุตรดี"}, {"นาย", "เอกชัย", "ทองมา"}, {"นาง", "ลำดวน", "ศรีมงคล"}
  };

  @EJB private ProgramCatalog catalog;
  @EJB private Agendas agendas;
  @EJB private DemoPeople people;
  @EJB private ReportEditor editor;
  @EJB private ApprovalService approvals;
  @Inject private ManagementService management;
  @Inject private Clock clock;

  /**
   * Loads the demo year, once: nothing when it is there already (its program exists), and a refusal
   * when the database holds anyone else, so the demo's invented people and their known password
   * never land among a department's real accounts.
   */
  public void loadIfAbsent() {
    if (people.demoLoaded(PROGRAM_CODE)) {
      return;
    }
    long others = people.count();
    if (others > 0) {
      throw new DemoRefused(others);
    }
    ProgramData real = ProgramCatalog.read(ProgramCatalog.PROGRAM_2564);
    LocalDate today = LocalDate.now(clock);
    long shift = ChronoUnit.DAYS.between(real.rounds().get(1).start().plusDays(DAYS_INTO_ROUND_2), today);
    catalog.loadIfAbsent(real.shiftedBy(shift, PROGRAM_CODE, " (สาธิต / demo)"));
    agendas.seedIfEmpty(PROGRAM_CODE, Agendas.AGENDA_2564);
    people.createAdministrator();
    for (var office : List.of(new Object[] {"cm", "50", CHIANG_MAI}, new Object[] {"kk", "40", KHON_KAEN})) {
      String prefix = (String) office[0];
      people.createOffice(PROGRAM_CODE, prefix, (String) office[1], "promotion", (String[][]) office[2]);
      runDueJobs(ApprovalStep.ROUND_OPENS);
      playRoundOne(prefix);
      playRoundTwo(prefix);
    }
    runDueJobs(null);
  }

  public String loginsBanner() {
    return """

        ================================================================
         Demo logins (password for all: %s)  http://localhost:8080/
           admin          administrator (all provinces)
           cm.staff1..6   staff, Chiang Mai (เชียงใหม่), cohort 1
           cm.director    group director, Chiang Mai
           cm.officer     provincial development officer, Chiang Mai
           kk.staff1..6   staff, Khon Kaen (ขอนแก่น), cohort 2
           kk.director    group director, Khon Kaen
           kk.officer     provincial development officer, Khon Kaen
        ================================================================
        """.formatted(DemoPeople.PASSWORD);
  }

  /** Round 1: staff 1-3 signed, 4 returned by the director, 5 never submitted (late), 6 with the officer. */
  private void playRoundOne(String p) {
    for (int s = 1; s <= 3; s++) {
      signed(p, s, 1);
    }
    submitted(p, 4, 1);
    decide(p + ".director", report(p, 4, 1), Decision.RETURN, "กรุณาแนบหลักฐานตัวชี้วัดที่ ๓ เพิ่มเติม");
    fill(p, 5, 1, false);
    submitted(p, 6, 1);
    decide(p + ".director", report(p, 6, 1), Decision.APPROVE, null);
  }

  /** Round 2: 1 untouched draft, 2 half-filled draft, 3 with the director, 4 with the officer, 5 signed, 6 returned by the officer. */
  private void playRoundTwo(String p) {
    fill(p, 2, 2, true);
    submitted(p, 3, 2);
    submitted(p, 4, 2);
    decide(p + ".director", report(p, 4, 2), Decision.APPROVE, null);
    signed(p, 5, 2);
    submitted(p, 6, 2);
    decide(p + ".director", report(p, 6, 2), Decision.APPROVE, null);
    decide(p + ".officer", report(p, 6, 2), Decision.RETURN, "ผลการดำเนินงานตัวชี้วัดที่ ๒ ไม่ตรงกับรายงาน TPMAP กรุณาตรวจสอบ");
  }

  /** As an approver would: open the report (the submitted version it shows), then decide. */
  private void decide(String approver, long reportId, Decision decision, String comment) {
    approvals.decide(approver, reportId, editor.read(approver, reportId).getSubmissionCount(), decision, comment);
  }

  private void signed(String p, int s, int round) {
    submitted(p, s, round);
    decide(p + ".director", report(p, s, round), Decision.APPROVE, null);
    decide(p + ".officer", report(p, s, round), Decision.SIGN, null);
  }

  private void submitted(String p, int s, int round) {
    fill(p, s, round, false);
    approvals.submit(staff(p, s), report(p, s, round));
  }

  private void fill(String p, int s, int round, boolean partly) {
    String user = staff(p, s);
    long id = report(p, s, round);
    int k = s + round;
    editor.saveKpi(user, id, new KpiInput(1, BigDecimal.valueOf(Math.min(5, 2 + k % 4)), null, null,
        List.of(new KpiRow("ฐานข้อมูลครัวเรือนเป้าหมาย TPMAP ตำบลในความรับผิดชอบ", "จัดทำฐานข้อมูลแล้ว " + (20 + k) + " ครัวเรือน"))));
    editor.saveKpi(user, id, new KpiInput(2, BigDecimal.valueOf(30 + k * 3L), BigDecimal.valueOf(60), null,
        List.of(new KpiRow("ครัวเรือนยากจนเป้าหมาย ๖๐ ครัวเรือน", "ได้รับการช่วยเหลือ " + (30 + k * 3) + " ครัวเรือน"))));
    if (partly) {
      return;
    }
    editor.saveKpi(user, id, new KpiInput(3, BigDecimal.valueOf(15L + k * 7L), null, null,
        List.of(new KpiRow("ผลิตภัณฑ์ OTOP ขึ้นแพลตฟอร์มออนไลน์", "Shopee " + (10 + k * 4) + " ผลิตภัณฑ์, Lazada " + (5 + k * 3) + " ผลิตภัณฑ์"))));
    editor.saveKpi(user, id, new KpiInput(4, BigDecimal.valueOf(6L + k * 2L), null, null,
        List.of(new KpiRow("สอนทักษะการตลาดออนไลน์", "ผู้ประกอบการ OTOP " + (6 + k * 2) + " ราย"))));
    editor.saveKpi(user, id, new KpiInput(5, BigDecimal.valueOf(Math.min(5, 1 + k % 5)), null, null,
        List.of(new KpiRow("ติดตามสมาชิกกองทุนพัฒนาบทบาทสตรี", "ติดตามโครงการ " + (2 + k % 3) + " โครงการ"))));
    editor.saveKpi(user, id, new KpiInput(6, BigDecimal.valueOf(1L + k % 5), null, null,
        List.of(new KpiRow("สื่อประชาสัมพันธ์กองทุนฯ", "เผยแพร่ทาง Facebook เพจสำนักงาน " + (1 + k % 5) + " ผลงาน"))));
  }

  /** Runs the timers that are due now, optionally only those of one BPMN element. */
  public void runDueJobs(String activityId) {
    for (int pass = 0; pass < 5; pass++) {
      var query = management.createJobQuery().duedateLowerThan(Date.from(clock.instant()));
      if (activityId != null) {
        query.activityId(activityId);
      }
      List<Job> due = query.list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(j -> management.executeJob(j.getId()));
    }
  }

  private static String staff(String p, int s) {
    return p + ".staff" + s;
  }

  private long report(String p, int s, int round) {
    return people.reportId(PROGRAM_CODE, staff(p, s), round);
  }
}
