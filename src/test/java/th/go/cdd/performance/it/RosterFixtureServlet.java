package th.go.cdd.performance.it;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Test-only: GET /it-roster-fixture?prefix=x makes a program (and an office of province 50); answers
 * {"programCode": ..., "admin": ...}.
 */
@WebServlet("/it-roster-fixture")
public class RosterFixtureServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @EJB private ItFixture fixture;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    ItFixture.Office o = fixture.createOffice(req.getParameter("prefix"), "50", 1);
    String admin = fixture.administrator();
    resp.setContentType("application/json;charset=UTF-8");
    resp.getWriter().print(Json.createObjectBuilder().add("programCode", o.programCode()).add("admin", admin).build());
  }
}
