package th.go.cdd.performance.it.reliability;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import th.go.cdd.performance.approval.ApprovalService;
import th.go.cdd.performance.assignment.AssignedKpiText;
import th.go.cdd.performance.assignment.AssignedKpis;
import th.go.cdd.performance.circular.Circulars;
import th.go.cdd.performance.it.ItFixture;
import th.go.cdd.performance.report.KpiInput;
import th.go.cdd.performance.report.KpiRow;
import th.go.cdd.performance.report.Report;
import th.go.cdd.performance.report.ReportEditor;
import th.go.cdd.performance.shared.ThaiDates;

/**
 * Test-only (added to ReliabilityHttpIT's deployment, never to the product). GET
 * /it-reliability?op=setup&amp;prefix=x makes the victim office in province 50 (4 staff: staff1's
 * report submitted with markup in its rows and a PDF, staff2's a draft with markup, staff4's draft
 * past its due date; the officer's KPI 8 for round 2; a file on the program's circular) and an
 * office in province 57, and answers key=value lines; op=status&amp;id= answers a report's status;
 * op=otp&amp;prefix=x makes a staff member whose
 * password the administrator has just reset (user=, otp=; and the office's director=); op=changePassword&amp;user=&amp;to= changes a
 * password as the person would elsewhere; op=ageSession makes the caller's session eleven hours old;
 * op=close&amp;user= closes an account as an administrator would;
 * op=busy&amp;seconds=n keeps its request busy until op=release is called or n seconds pass (a hung
 * request, as the liveness check sees one); op=audit&amp;user=&amp;action= answers the count of that
 * user's sign-in entries of that action and their details (one a line); op=evidenceCaps&amp;prefix=x
 * attaches files to a fresh draft until the per-KPI and then the per-report cap refuses one.
 */
@WebServlet("/it-reliability")
public class ReliabilityFixtureServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  static final String SCRIPT = "<script>alert(1)</script>";
  static final String IMG = "\"><img src=x onerror=alert(1)>";

  @EJB private ItFixture fixture;
  @EJB private ReportEditor editor;
  @EJB private ApprovalService approvals;
  @EJB private AssignedKpis assigned;
  @EJB private Circulars circulars;
  @EJB private th.go.cdd.performance.security.Accounts accounts;
  @PersistenceContext private EntityManager em;
  @Resource private UserTransaction utx;
  private static volatile java.util.concurrent.CountDownLatch released = new java.util.concurrent.CountDownLatch(0);

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException, ServletException {
    resp.setContentType("text/plain;charset=UTF-8");
    if ("status".equals(req.getParameter("op"))) {
      resp.getWriter().print(em.createQuery("select r.status from Report r where r.id = :id")
          .setParameter("id", Long.parseLong(req.getParameter("id"))).getSingleResult());
      return;
    }
    if ("busy".equals(req.getParameter("op"))) {
      released = new java.util.concurrent.CountDownLatch(1);
      try {
        resp.getWriter().print(released.await(Long.parseLong(req.getParameter("seconds")), java.util.concurrent.TimeUnit.SECONDS) ? "released" : "timed out");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return;
    }
    if ("release".equals(req.getParameter("op"))) {
      released.countDown();
      return;
    }
    if ("otp".equals(req.getParameter("op"))) { // a staff member given a one-time password by the administrator
      ItFixture.Office office = fixture.createOffice(req.getParameter("prefix"), "50", 1);
      String staff = office.staff().get(0);
      resp.getWriter().print("user=" + staff + "\notp=" + accounts.reset(fixture.administrator(), staff, "ทดสอบ") + "\ndirector="
          + office.director() + "\n");
      return;
    }
    if ("changePassword".equals(req.getParameter("op"))) { // as from another browser: through the service, no session of its own
      accounts.changePassword(req.getParameter("user"), ItFixture.PASSWORD, req.getParameter("to"), req.getParameter("to"));
      return;
    }
    if ("close".equals(req.getParameter("op"))) { // an administrator closes the account (user=)
      accounts.close(fixture.administrator(), req.getParameter("user"), "ทดสอบ");
      return;
    }
    if ("ageSession".equals(req.getParameter("op"))) { // the caller's own session, signed in eleven hours ago
      req.getSession(false).setAttribute("cdd.signedInAt", java.time.Instant.now().minus(java.time.Duration.ofHours(11)));
      return;
    }
    if ("audit".equals(req.getParameter("op"))) {
      List<Object[]> rows = em.createQuery("select a.reason, a.details from AuditEntry a where a.actorUsername = :u and a.action = :action",
          Object[].class).setParameter("u", req.getParameter("user"))
          .setParameter("action", th.go.cdd.performance.audit.AuditAction.valueOf(req.getParameter("action"))).getResultList();
      StringBuilder out = new StringBuilder("count=" + rows.size() + "\n");
      for (int i = 0; i < rows.size(); i++) {
        out.append("entry").append(i).append('=').append(rows.get(i)[0]).append(" | ").append(rows.get(i)[1]).append('\n');
      }
      resp.getWriter().print(out);
      return;
    }
    if ("evidenceCaps".equals(req.getParameter("op"))) {
      ItFixture.Office office = fixture.createOffice(req.getParameter("prefix"), "50", 1);
      String staff = office.staff().get(0);
      long report = office.reports().get(0);
      StringBuilder out = new StringBuilder();
      out.append("kpi1=").append(attachUntilRefused(staff, report, 1, 20)).append('\n');
      for (int kpi = 2; kpi <= 5; kpi++) {
        out.append("kpi").append(kpi).append('=').append(attachUntilRefused(staff, report, kpi, 10)).append('\n');
      }
      out.append("kpi6=").append(attachUntilRefused(staff, report, 6, 10)).append('\n');
      out.append("stored=").append(em.createQuery("select count(f) from EvidenceFile f where f.report.id = :id")
          .setParameter("id", report).getSingleResult()).append('\n');
      resp.getWriter().print(out);
      return;
    }
    if ("evidence".equals(req.getParameter("op"))) {
      resp.getWriter().print(em.createQuery("select count(f) from EvidenceFile f where f.report.id = :id")
          .setParameter("id", Long.parseLong(req.getParameter("id"))).getSingleResult());
      return;
    }
    String prefix = req.getParameter("prefix");
    ItFixture.Office mine = fixture.createOffice(prefix, "50", 4);
    ItFixture.Office other = fixture.createOffice("o" + prefix.substring(1), "57", 1); // a prefix that does not contain the first
    String admin = fixture.administrator();
    long submitted = mine.reports().get(0);
    fill(mine.staff().get(0), submitted);
    long evidence = editor.attach(mine.staff().get(0), submitted, 1, "หลักฐาน.pdf", "%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII)).getId();
    approvals.submit(mine.staff().get(0), submitted);
    long draft = mine.reports().get(1);
    fill(mine.staff().get(1), draft);
    Report r = em.find(Report.class, submitted);
    long late = mine.reports().get(3);
    try {
      utx.begin();
      em.createQuery("update Report r set r.dueDate = :day where r.id = :id").setParameter("day", LocalDate.now(ThaiDates.BANGKOK).minusDays(3))
          .setParameter("id", late).executeUpdate();
      utx.commit();
    } catch (Exception e) {
      throw new ServletException(e);
    }
    String lateName = em.createQuery("select concat(p.firstName, ' ', p.lastName) from Person p where p.username = :u", String.class)
        .setParameter("u", mine.staff().get(3)).getSingleResult();
    long round2 = em.createQuery("select r.id from ReportingRound r where r.program.id = :program and r.number = 2", Long.class)
        .setParameter("program", r.getRound().getProgram().getId()).getSingleResult();
    String kpiTitle = "Province KPI " + prefix;
    assigned.define(mine.officer(), round2, null, 8, new AssignedKpiText(kpiTitle, null, "times", "photos",
        List.of("level 1", "level 2", "level 3", "level 4", "level 5"), Collections.nCopies(5, (BigDecimal) null)));
    long circularFile = circulars.attach(admin, r.getRound().getProgram().getId(), "circular.pdf",
        "%PDF-1.4 circular".getBytes(StandardCharsets.US_ASCII)).getId();
    long otherProgram = em.createQuery("select p.id from Program p where p.code = :code", Long.class)
        .setParameter("code", other.programCode()).getSingleResult();
    StringBuilder out = new StringBuilder();
    out.append("victimStaff=").append(mine.staff().get(0)).append('\n')
        .append("draftStaff=").append(mine.staff().get(1)).append('\n')
        .append("colleague=").append(mine.staff().get(2)).append('\n')
        .append("victimDirector=").append(mine.director()).append('\n')
        .append("victimOfficer=").append(mine.officer()).append('\n')
        .append("otherStaff=").append(other.staff().get(0)).append('\n')
        .append("otherDirector=").append(other.director()).append('\n')
        .append("otherOfficer=").append(other.officer()).append('\n')
        .append("admin=").append(admin).append('\n')
        .append("report=").append(submitted).append('\n')
        .append("draft=").append(draft).append('\n')
        .append("evidence=").append(evidence).append('\n')
        .append("round=").append(r.getRound().getId()).append('\n')
        .append("program=").append(mine.programCode()).append('\n')
        .append("programId=").append(r.getRound().getProgram().getId()).append('\n')
        .append("otherProgramId=").append(otherProgram).append('\n')
        .append("round2=").append(round2).append('\n')
        .append("kpiTitle=").append(kpiTitle).append('\n')
        .append("lateName=").append(lateName).append('\n')
        .append("circularFile=").append(circularFile).append('\n');
    resp.getWriter().print(out);
  }

  /** "n accepted, refused: key" after attaching up to {@code tries} small PDFs to one KPI. */
  private String attachUntilRefused(String staff, long report, int kpi, int tries) {
    int accepted = 0;
    for (int i = 0; i < tries; i++) {
      try {
        editor.attach(staff, report, kpi, "k" + kpi + "-" + i + ".pdf", ("%PDF-1.4 " + kpi + "-" + i).getBytes(StandardCharsets.US_ASCII));
        accepted++;
      } catch (th.go.cdd.performance.shared.BusinessException e) {
        return accepted + " accepted, refused: " + e.getKey();
      }
    }
    return accepted + " accepted";
  }

  private void fill(String staff, long reportId) {
    for (int kpi = 1; kpi <= 6; kpi++) {
      BigDecimal base = kpi == 2 ? BigDecimal.valueOf(80) : null;
      BigDecimal figure = switch (kpi) {
        case 1, 5 -> BigDecimal.valueOf(4);
        case 2 -> BigDecimal.valueOf(62);
        default -> BigDecimal.valueOf(25);
      };
      List<KpiRow> rows = kpi == 3 ? List.of(new KpiRow(SCRIPT, IMG)) : List.of(new KpiRow("เป้าหมาย " + kpi, "ผล " + kpi));
      editor.saveKpi(staff, reportId, new KpiInput(kpi, figure, base, null, rows));
    }
  }
}
