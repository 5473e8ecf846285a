package th.go.cdd.performance.web.http;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import th.go.cdd.performance.circular.Posters;
import th.go.cdd.performance.shared.BusinessException;

/** The QR submission poster as PDF: /app/poster?program={id}&amp;round={n}&amp;province={code}; the service checks the province. */
@WebServlet("/app/poster")
public class PosterServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject private Posters posters;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String province = String.valueOf(req.getParameter("province"));
    long program;
    int round;
    try {
      program = Long.parseLong(String.valueOf(req.getParameter("program")));
      round = Integer.parseInt(String.valueOf(req.getParameter("round")));
    } catch (NumberFormatException e) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    if (!province.matches("\\d{2}")) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    byte[] pdf;
    try {
      pdf = posters.poster(req.getUserPrincipal().getName(), program, round, province);
    } catch (BusinessException e) {
      resp.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    resp.setContentType("application/pdf");
    resp.setContentLength(pdf.length);
    resp.setHeader("Content-Disposition", "attachment; filename=\"poster-" + province + "-round-" + round + ".pdf\"");
    resp.getOutputStream().write(pdf);
  }
}
