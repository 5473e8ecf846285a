package th.go.cdd.performance.bench.seed;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;

/**
 * Bench WAR only (never in the product WAR): {@code POST /bench-seed/<step>} runs one
 * {@link SurgeSeeder} step and answers its result as plain text. The bench calls it on
 * 127.0.0.1 only; it has no login because the bench WAR never serves people.
 */
@WebServlet("/bench-seed/*")
public class SurgeSeedServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @EJB private SurgeSeeder seeder;

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    if (!"127.0.0.1".equals(req.getRemoteAddr())) {
      resp.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    String step = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
    Object result;
    try {
      result = switch (step) {
        case "program" -> seeder.program();
        case "office" -> seeder.office(req.getParameter("province"), integer(req, "staff"), integer(req, "groups"));
        case "timers" -> seeder.runDueTimers(integer(req, "threads"), integer(req, "seconds"));
        case "states" -> seeder.states(req.getParameter("province"), integer(req, "withDirector"));
        case "approve" -> seeder.approve(integer(req, "threads"), integer(req, "count"));
        case "raw" -> seeder.raw(integer(req, "threads"), integer(req, "count"));
        case "pool" -> seeder.surgePool();
        case "not-submitted" -> seeder.notSubmitted(Arrays.stream(req.getParameter("ids").split(",")).filter(s -> !s.isBlank()).map(Long::valueOf).toList());
        default -> null;
      };
    } catch (Exception e) {
      log("bench step " + step + " failed", e);
      resp.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, String.valueOf(e));
      return;
    }
    if (result == null) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    resp.setContentType("text/plain;charset=UTF-8");
    resp.getWriter().print(result);
  }

  private static int integer(HttpServletRequest req, String name) {
    return Integer.parseInt(req.getParameter(name));
  }
}
