package th.go.cdd.performance.it;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import th.go.cdd.performance.approval.ApprovalService;
import th.go.cdd.performance.demo.DemoPeople;
import th.go.cdd.performance.demo.DemoYear;
import th.go.cdd.performance.program.ProgramCatalog;
import th.go.cdd.performance.program.ProgramData;
import th.go.cdd.performance.report.KpiInput;
import th.go.cdd.performance.report.KpiRow;
import th.go.cdd.performance.report.ReportEditor;
import th.go.cdd.performance.shared.ThaiDates;

/**
 * Test data made by each test for itself, through the application's own services: a program whose
 * round 1 opened ten days ago, and one provincial office (officer, one group's director, staff)
 * enrolled in it, with round 1 opened.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ItFixture {
  public static final String PASSWORD = DemoPeople.PASSWORD;

  @EJB private ProgramCatalog catalog;
  @EJB private DemoPeople people;
  @EJB private DemoYear demo;
  @EJB private ReportEditor editor;
  @EJB private ApprovalService approvals;

  /** A new office; usernames are prefix.officer, prefix.director, prefix.staff1.. */
  public Office createOffice(String prefix, String provinceCode, int staffCount) {
    String programCode = "it-" + prefix;
    ProgramData real = ProgramCatalog.read(ProgramCatalog.PROGRAM_2564);
    long shift = ChronoUnit.DAYS.between(real.rounds().get(0).start().plusDays(10), LocalDate.now(ThaiDates.BANGKOK));
    catalog.loadIfAbsent(real.shiftedBy(shift, programCode, " (" + prefix + ")"));
    String[][] names = new String[staffCount + 2][];
    names[0] = new String[] {"นาย", "พัฒนาการ" + prefix, "ทดสอบ"};
    names[1] = new String[] {"นาง", "ผู้อำนวยการ" + prefix, "ทดสอบ"};
    for (int i = 0; i < staffCount; i++) {
      names[i + 2] = new String[] {"นางสาว", "พนักงาน" + (i + 1), prefix};
    }
    List<String> staff = people.createOffice(programCode, prefix, provinceCode, "g-" + prefix, names);
    demo.runDueJobs("roundOpens");
    List<Long> reports = new ArrayList<>();
    for (String s : staff) {
      reports.add(people.reportId(programCode, s, 1));
    }
    return new Office(programCode, prefix + ".officer", prefix + ".director", staff, reports);
  }

  /**
   * A program whose year ended twenty days ago, loaded without running a timer: every staff member
   * enrolled in it then has every round's opening, due-date, reminder and escalation timers due at
   * once, as on the day a server comes back after a long stop or a round opens for ten thousand.
   */
  public String yearEndedProgram(String prefix) {
    String programCode = "it-" + prefix;
    ProgramData real = ProgramCatalog.read(ProgramCatalog.PROGRAM_2564);
    long shift = ChronoUnit.DAYS.between(real.rounds().get(real.rounds().size() - 1).due().plusDays(20), LocalDate.now(ThaiDates.BANGKOK));
    catalog.loadIfAbsent(real.shiftedBy(shift, programCode, " (" + prefix + ")"));
    return programCode;
  }

  /** An office of one group in an existing program, its staff enrolled; no due timer is run. */
  public List<String> officeAwaitingTimers(String programCode, String prefix, String provinceCode, int staffCount) {
    String[][] names = new String[staffCount + 2][];
    names[0] = new String[] {"นาย", "พัฒนาการ" + prefix, "ทดสอบ"};
    names[1] = new String[] {"นาง", "ผู้อำนวยการ" + prefix, "ทดสอบ"};
    for (int i = 0; i < staffCount; i++) {
      names[i + 2] = new String[] {"นางสาว", "พนักงาน" + (i + 1), prefix};
    }
    return people.createOffice(programCode, prefix, provinceCode, "g-" + prefix, names);
  }

  /** Fills KPIs 1-6 of a report with figures that score a level each, as its staff member. */
  public void fillAllKpis(String staff, long reportId) {
    for (int kpi = 1; kpi <= 6; kpi++) {
      BigDecimal base = kpi == 2 ? BigDecimal.valueOf(80) : null;
      BigDecimal figure = switch (kpi) {
        case 1, 5 -> BigDecimal.valueOf(4);
        case 2 -> BigDecimal.valueOf(62);
        default -> BigDecimal.valueOf(25);
      };
      editor.saveKpi(staff, reportId, new KpiInput(kpi, figure, base, null, List.of(new KpiRow("เป้าหมาย " + kpi, "ผล " + kpi))));
    }
  }

  /** Fills KPIs 1-6 (as {@link #fillAllKpis}), attaches one evidence file to KPI 1 and submits: the report waits for the director. */
  public void fillAndSubmit(String staff, long reportId) {
    fillAllKpis(staff, reportId);
    editor.attach(staff, reportId, 1, "หลักฐาน.pdf", "%PDF-1.4\n% evidence\n".getBytes(StandardCharsets.US_ASCII));
    approvals.submit(staff, reportId);
  }

  /** The department's administrator account ("admin"), created on first use. */
  public synchronized String administrator() {
    if (!people.administratorExists()) {
      people.createAdministrator();
    }
    return "admin";
  }

  public String addDirector(String prefix) {
    String username = prefix + ".director2";
    people.addDirector(username, prefix, "นาย", "รองผู้อำนวยการ" + prefix, "ทดสอบ");
    return username;
  }

  /** What a test gets back: who is who, and each staff member's round-1 report id. */
  public record Office(String programCode, String officer, String director, List<String> staff, List<Long> reports) {}
}
