package th.go.cdd.performance.it;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Test-only (added to the test deployment, never to the product): GET
 * /it-fixture?prefix=x&amp;province=50&amp;staff=2 creates an office with ItFixture and answers
 * "officer director staff1,staff2 report1,report2" as plain text, for tests that run as a client;
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
    resp.setContentType("text/plain;charset=UTF-8");
    resp.getWriter().print(o.officer() + " " + o.director() + " " + String.join(",", o.staff()) + " "
        + String.join(",", o.reports().stream().map(String::valueOf).toList()));
  }
}
