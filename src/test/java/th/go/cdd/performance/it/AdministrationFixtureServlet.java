package th.go.cdd.performance.it;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import th.go.cdd.performance.approval.ApprovalService;
import th.go.cdd.performance.approval.Decision;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.people.Role;
import th.go.cdd.performance.report.KpiInput;
import th.go.cdd.performance.report.KpiRow;
import th.go.cdd.performance.report.Report;
import th.go.cdd.performance.report.ReportEditor;
import th.go.cdd.performance.security.Passwords;

/**
 * Test-only: GET /it-admin-fixture?prefix=x&amp;staff=2 creates an office in province 50 whose
 * reports are all approved by the director (waiting for the officer), and an administrator
 * prefix.admin; answers {"officer", "director", "admin", "staff": [...], "reports": [ids]} in JSON.
 */
@WebServlet("/it-admin-fixture")
public class AdministrationFixtureServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @EJB private ItFixture fixture;
  @EJB private ReportEditor editor;
  @EJB private ApprovalService approvals;
  @Inject private Passwords passwords;
  @PersistenceContext private EntityManager em;
  @Resource private UserTransaction utx;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String prefix = req.getParameter("prefix");
    ItFixture.Office o = fixture.createOffice(prefix, "50", Integer.parseInt(req.getParameter("staff")));
    for (int i = 0; i < o.staff().size(); i++) {
      String staff = o.staff().get(i);
      long id = o.reports().get(i);
      for (int kpi = 1; kpi <= 6; kpi++) {
        BigDecimal base = kpi == 2 ? BigDecimal.valueOf(80) : null;
        BigDecimal figure = kpi == 1 || kpi == 5 ? BigDecimal.valueOf(4) : kpi == 2 ? BigDecimal.valueOf(62) : BigDecimal.valueOf(25);
        editor.saveKpi(staff, id, new KpiInput(kpi, figure, base, null, List.of(new KpiRow("เป้าหมาย " + kpi, "ผล " + kpi))));
      }
      approvals.submit(staff, id);
      approvals.decide(o.director(), id, submissions(id), Decision.APPROVE, null);
    }
    String admin = prefix + ".admin";
    try {
      utx.begin();
      Person p = new Person(admin, passwords.hash(ItFixture.PASSWORD), Role.ADMIN, "", "ผู้ดูแล" + prefix, "ทดสอบ");
      p.placeIn(null, null, "เจ้าหน้าที่กองการเจ้าหน้าที่");
      em.persist(p);
      utx.commit();
    } catch (Exception e) {
      throw new IOException(e);
    }
    JsonArrayBuilder reports = Json.createArrayBuilder();
    o.reports().forEach(id -> reports.add(id.longValue()));
    resp.setContentType("application/json;charset=UTF-8");
    resp.getWriter().print(Json.createObjectBuilder().add("officer", o.officer()).add("director", o.director()).add("admin", admin)
        .add("staff", Json.createArrayBuilder(o.staff())).add("reports", reports).build());
  }

  private int submissions(long id) {
    try {
      utx.begin();
      try {
        return em.find(Report.class, id).getSubmissionCount();
      } finally {
        utx.commit();
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
