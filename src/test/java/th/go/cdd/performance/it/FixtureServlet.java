package th.go.cdd.performance.it;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Test-only (added to the test deployment, never to the product): GET
 * /it-fixture?prefix=x&amp;province=50&amp;staff=2 creates an office with ItFixture and answers
 * {"officer", "director", "staff": [...], "reports": [ids]} in JSON, for tests that run as a client;
 * the administrator account "admin" exists afterwards. With &amp;submitted=true every report is
 * filled, has one evidence file and waits for the director.
 */
@WebServlet("/it-fixture")
public class FixtureServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @EJB private ItFixture fixture;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    ItFixture.Office o = fixture.createOffice(req.getParameter("prefix"), req.getParameter("province"),
        Integer.parseInt(req.getParameter("staff")));
    if ("true".equals(req.getParameter("submitted"))) {
      for (int i = 0; i < o.staff().size(); i++) {
        fixture.fillAndSubmit(o.staff().get(i), o.reports().get(i));
      }
    }
    fixture.administrator();
    JsonArrayBuilder reports = Json.createArrayBuilder();
    o.reports().forEach(id -> reports.add(id.longValue()));
    resp.setContentType("application/json;charset=UTF-8");
    resp.getWriter().print(Json.createObjectBuilder().add("officer", o.officer()).add("director", o.director())
        .add("staff", Json.createArrayBuilder(o.staff())).add("reports", reports).build());
  }
}
