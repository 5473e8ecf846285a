package th.go.cdd.performance.web.http;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import th.go.cdd.performance.monitoring.ProcessTrail;

/**
 * A deployed process model's BPMN XML for the report page's diagram: /app/process-model?id={definition id}.
 * A definition never changes once deployed, so the browser keeps it (the report page itself stays
 * light and is never cached). Signed-in users only (the /app constraint); a model holds no personal data.
 */
@WebServlet("/app/process-model")
public class ProcessModelServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject private ProcessTrail trails;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String id = req.getParameter("id");
    String xml = id == null || id.length() > 64 ? null : trails.model(id);
    if (xml == null) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    byte[] body = xml.getBytes(StandardCharsets.UTF_8);
    resp.setContentType("application/xml;charset=UTF-8");
    resp.setHeader("Cache-Control", "private, max-age=86400, immutable");
    resp.setContentLength(body.length);
    resp.getOutputStream().write(body);
  }
}
