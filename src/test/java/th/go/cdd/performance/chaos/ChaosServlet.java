package th.go.cdd.performance.chaos;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Job;
import th.go.cdd.performance.approval.ApprovalService;
import th.go.cdd.performance.approval.Decision;
import th.go.cdd.performance.demo.DemoPeople;
import th.go.cdd.performance.demo.DemoYear;
import th.go.cdd.performance.report.KpiInput;
import th.go.cdd.performance.report.KpiRow;
import th.go.cdd.performance.reminder.Holidays;
import th.go.cdd.performance.report.ReportEditor;
import th.go.cdd.performance.security.Accounts;
import th.go.cdd.performance.shared.BusinessException;
import th.go.cdd.performance.workflow.WorkflowEngine;

/**
 * Test-only (in the chaos WAR, never in the product). Each action calls the product's own EJB
 * services, so a 200 answer means the service's transaction committed:
 * <ul>
 *   <li>{@code POST /chaos/office?prefix=&province=&staff=} an office in the demo program (enrolled in the BPMN);
 *   <li>{@code GET /chaos/report?staff=&round=} the report id, or 404 while the round has not opened for them;
 *   <li>{@code POST /chaos/fill?staff=&report=&figures=} KPI 1, 2, ... saved with these figures (KPI 2 a
 *       percentage of {@value #PERCENT_BASE}; without figures {@value #DEFAULT_FIGURES}) and one row each (one
 *       transaction each); answers the figures;
 *   <li>{@code POST /chaos/submit?staff=&report=} the staff member certifies and submits;
 *   <li>{@code POST /chaos/approve?director=&report=} the group director approves the version they read;
 *   <li>{@code POST /chaos/sign?officer=&report=} the provincial officer signs the version they read;
 *   <li>{@code POST /chaos/holiday?date=} a public holiday added by the demo administrator ({@link Holidays});
 *   <li>{@code GET /chaos/working-day?date=} whether this server counts the day as a working day (its holiday cache);
 *   <li>{@code POST /chaos/one-time-password?username=} and {@code /chaos/unlock?username=} the administrator's acts
 *       on an account ({@link Accounts});
 *   <li>{@code POST /chaos/slow-jobs?count=&seconds=} so many instances of {@link SlowJob}'s process started, each
 *       waiting for the job executor of any server; answers their process instance ids;
 *   <li>{@code GET /chaos/job-locks} this server's job executor's lock owner and how many slow jobs it holds locked now;
 *   <li>{@code GET /chaos/grid} this server's view of the data grid: its members and, per map, entries, memory and
 *       operation counts ({@link GridStatistics});
 *   <li>{@code POST /chaos/arm-timers?prefix=&seconds=} the next round-opening timer of each staff
 *       member of the office moved to fall due in so many seconds; answers the job ids;
 *   <li>{@code POST /chaos/arm-reminders?prefix=&round=&seconds=} the reminder and first-escalation timers
 *       ({@link #REMINDER_TIMERS}) of each office staff member's report of the round moved to fall due in so
 *       many seconds; answers {@code timer:report:job} per timer moved.
 * </ul>
 * A refusal by the service answers 409 with its message key; any other failure is left to the
 * product's filters (503 while the database is unreachable).
 */
@WebServlet("/chaos/*")
public class ChaosServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  /** The figures of a fill that names none (the outage run's saves). */
  static final String DEFAULT_FIGURES = "5,45,5,5,5,5";

  /** The base of KPI 2 (a percentage) in every fill. */
  static final int PERCENT_BASE = 60;

  /** The round model's reminder timers on the sign-off: the reminder before the due date and the first escalation. */
  static final String[] REMINDER_TIMERS = {"reminderDue", "escalationDue"};

  @EJB private DemoPeople people;
  @EJB private Holidays holidays;
  @EJB private Accounts accounts;
  @EJB private ReportEditor editor;
  @EJB private ApprovalService approvals;
  @Inject private ManagementService management;
  @Inject private RuntimeService runtime;
  @EJB private WorkflowEngine workflow;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    if ("/report".equals(req.getPathInfo())) {
      Long id = people.reportId(DemoYear.PROGRAM_CODE, req.getParameter("staff"), Integer.parseInt(req.getParameter("round")));
      answer(resp, id == null ? 404 : 200, String.valueOf(id));
    } else if ("/working-day".equals(req.getPathInfo())) {
      LocalDate day = LocalDate.parse(req.getParameter("date"));
      answer(resp, 200, String.valueOf(holidays.around(day).isWorkingDay(day)));
    } else if ("/job-locks".equals(req.getPathInfo())) {
      String owner = ((ProcessEngineConfigurationImpl) workflow.engine().getProcessEngineConfiguration()).getJobExecutor().getLockOwner();
      answer(resp, 200, owner + " " + management.createJobQuery().processDefinitionKey(SlowJob.PROCESS).list().stream()
          .filter(job -> owner.equals(((JobEntity) job).getLockOwner())).count());
    } else if ("/grid".equals(req.getPathInfo())) {
      answer(resp, 200, GridStatistics.read());
    } else {
      answer(resp, 404, "unknown action");
    }
  }

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    try {
      String body = switch (String.valueOf(req.getPathInfo())) {
        case "/office" -> office(req);
        case "/fill" -> fill(req.getParameter("staff"), id(req), req.getParameter("figures"));
        case "/submit" -> String.valueOf(approvals.submit(req.getParameter("staff"), id(req)).getId());
        case "/approve" -> approve(req.getParameter("director"), id(req));
        case "/sign" -> sign(req.getParameter("officer"), id(req));
        case "/slow-jobs" -> slowJobs(Integer.parseInt(req.getParameter("count")), Integer.parseInt(req.getParameter("seconds")));
        case "/holiday" -> String.valueOf(holidays.add("admin", LocalDate.parse(req.getParameter("date")), "วันหยุดทดสอบ", "Test holiday").getId());
        case "/one-time-password" -> accounts.reset("admin", req.getParameter("username"), "cluster run").isEmpty() ? "" : "issued";
        case "/unlock" -> {
          accounts.unlock("admin", req.getParameter("username"), "cluster run");
          yield "unlocked";
        }
        case "/arm-timers" -> armTimers(req.getParameter("prefix") + ".", Integer.parseInt(req.getParameter("seconds")));
        case "/arm-reminders" -> armReminders(req.getParameter("prefix") + ".", Integer.parseInt(req.getParameter("round")),
            Integer.parseInt(req.getParameter("seconds")));
        default -> null;
      };
      answer(resp, body == null ? 404 : 200, body == null ? "unknown action" : body);
    } catch (BusinessException e) {
      answer(resp, 409, e.getMessage());
    }
  }

  private String office(HttpServletRequest req) {
    int staff = Integer.parseInt(req.getParameter("staff"));
    String[][] names = new String[staff + 2][];
    for (int i = 0; i < names.length; i++) {
      names[i] = new String[] {"นาย", "ทดสอบ", "ระบบล่ม " + req.getParameter("prefix") + " " + i};
    }
    return String.join(",", people.createOffice(DemoYear.PROGRAM_CODE, req.getParameter("prefix"), req.getParameter("province"),
        req.getParameter("prefix"), names));
  }

  private String fill(String staff, long report, String figures) {
    String saved = figures == null ? DEFAULT_FIGURES : figures;
    String[] figure = saved.split(",");
    for (int kpi = 1; kpi <= figure.length; kpi++) {
      BigDecimal base = kpi == 2 ? BigDecimal.valueOf(PERCENT_BASE) : null;
      editor.saveKpi(staff, report, new KpiInput(kpi, new BigDecimal(figure[kpi - 1]), base, null,
          List.of(new KpiRow("ผลการดำเนินงานตัวชี้วัดที่ " + kpi, rowResult(figure[kpi - 1])))));
    }
    return saved;
  }

  /** The result column of the one row a fill saves for a KPI with this figure. */
  static String rowResult(String figure) {
    return "ดำเนินการแล้ว " + figure;
  }

  private String approve(String director, long report) {
    int seen = editor.read(director, report).getSubmissionCount();
    return String.valueOf(approvals.decide(director, report, seen, Decision.APPROVE, null).getId());
  }

  private String slowJobs(int count, int seconds) {
    workflow.engine().getRepositoryService().createDeployment().name("chaos-slow-job").enableDuplicateFiltering(false)
        .addModelInstance("chaos-slow-job.bpmn", SlowJob.model()).deploy();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ids.add(runtime.startProcessInstanceByKey(SlowJob.PROCESS, Map.of("seconds", seconds)).getId());
    }
    return String.join(",", ids);
  }

  private String sign(String officer, long report) {
    int seen = editor.read(officer, report).getSubmissionCount();
    return String.valueOf(approvals.decide(officer, report, seen, Decision.SIGN, null).getId());
  }

  /** Per staff member of the office, their earliest round-opening timer still waiting. */
  private String armTimers(String prefix, int seconds) {
    Map<String, Job> next = new LinkedHashMap<>();
    for (Job job : management.createJobQuery().activityId("roundOpens").list()) {
      Object staff = variable(job, "staffUsername");
      if (staff instanceof String s && s.startsWith(prefix)) {
        next.merge(s, job, (a, b) -> Comparator.comparing(Job::getDuedate).compare(a, b) <= 0 ? a : b);
      }
    }
    Date due = Date.from(Instant.now().plusSeconds(seconds));
    List<String> ids = new ArrayList<>();
    for (Job job : next.values()) {
      management.setJobDuedate(job.getId(), due);
      ids.add(job.getId());
    }
    return String.join(",", ids);
  }

  /** Per staff member of the office, the reminder timers of the instance of their report of the round. */
  private String armReminders(String prefix, int round, int seconds) {
    Date due = Date.from(Instant.now().plusSeconds(seconds));
    List<String> armed = new ArrayList<>();
    for (String timer : REMINDER_TIMERS) {
      for (Job job : management.createJobQuery().activityId(timer).list()) {
        Object staff = variable(job, "staffUsername");
        Object report = variable(job, "reportId");
        if (staff instanceof String s && s.startsWith(prefix) && report != null
            && report.equals(people.reportId(DemoYear.PROGRAM_CODE, s, round))) {
          management.setJobDuedate(job.getId(), due);
          armed.add(timer + ":" + report + ":" + job.getId());
        }
      }
    }
    return String.join(",", armed);
  }

  /** A variable of the job's execution, or null once that execution has ended (other people work on beside the run). */
  private Object variable(Job job, String name) {
    try {
      return runtime.getVariable(job.getExecutionId(), name);
    } catch (NullValueException e) {
      return null;
    }
  }

  private static long id(HttpServletRequest req) {
    return Long.parseLong(req.getParameter("report"));
  }

  private static void answer(HttpServletResponse resp, int status, String body) throws IOException {
    resp.setStatus(status);
    resp.setContentType("text/plain;charset=UTF-8");
    resp.getWriter().print(body);
  }
}
