package th.go.cdd.performance.it;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import th.go.cdd.performance.circular.Circulars;
import th.go.cdd.performance.program.Program;
import th.go.cdd.performance.shared.ThaiDates;

/**
 * Test-only: GET /it-orientation-fixture?prefix=x creates an office in Chiang Mai with one staff
 * member, registers the program's circular with one PDF attachment and an agenda, and moves the
 * orientation to today; answers {"staff", "reportId", "programCode"} in JSON.
 */
@WebServlet("/it-orientation-fixture")
public class OrientationFixtureServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @EJB private ItFixture fixture;
  @EJB private Circulars circulars;
  @PersistenceContext private EntityManager em;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    ItFixture.Office o = fixture.createOffice(req.getParameter("prefix"), "50", 1);
    String admin = fixture.administrator();
    long programId = em.createNamedQuery("Program.findByCode", Program.class).setParameter("code", o.programCode()).getSingleResult().getId();
    circulars.register(admin, programId, "มท ๐๔๐๒.๒/ว ๒๕๗๓", LocalDate.of(2021, 9, 10), "ประชุมชี้แจงพนักงานราชการเฉพาะกิจ",
        "อธิบดีกรมการพัฒนาชุมชน", "ว ๒๓๙๙", LocalDate.now(ThaiDates.BANGKOK), "https://zoom.us/j/987654321");
    circulars.attach(admin, programId, "กำหนดการประชุม.pdf", "%PDF-1.4\n% agenda\n".getBytes(StandardCharsets.US_ASCII));
    circulars.saveAgenda(admin, programId, "08:30-09:00 | รายงานตัว\n09:00-10:00 | วิสัยทัศน์ พันธกิจ | อธิบดี");
    resp.setContentType("application/json;charset=UTF-8");
    resp.getWriter().print(Json.createObjectBuilder().add("staff", o.staff().get(0)).add("reportId", o.reports().get(0).longValue())
        .add("programCode", o.programCode()).build());
  }
}
