package th.go.cdd.performance.web.http;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import th.go.cdd.performance.document.SummaryDocuments;
import th.go.cdd.performance.shared.BusinessException;

/**
 * The official summary as PDF: /app/summary/{reportId} for one report, and
 * /app/summary/province?round={id}&amp;province={code} for a province's reports of a round in one
 * file; {@code ?digits=thai} prints Thai digits. The services check who may see what.
 */
@WebServlet("/app/summary/*")
public class SummaryServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject private SummaryDocuments documents;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String path = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
    boolean thaiDigits = "thai".equals(req.getParameter("digits"));
    String user = req.getUserPrincipal().getName();
    byte[] pdf;
    String name;
    try {
      if ("province".equals(path)) {
        long round = Long.parseLong(String.valueOf(req.getParameter("round")));
        String province = String.valueOf(req.getParameter("province"));
        if (!province.matches("\\d{2}")) {
          resp.sendError(HttpServletResponse.SC_NOT_FOUND);
          return;
        }
        pdf = documents.province(user, round, province, thaiDigits);
        name = "summaries-" + province + "-round-" + round + ".pdf";
      } else {
        long id = Long.parseLong(path);
        pdf = documents.summary(user, id, thaiDigits);
        name = "summary-" + id + ".pdf";
      }
    } catch (NumberFormatException e) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    } catch (BusinessException e) {
      resp.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    resp.setContentType("application/pdf");
    resp.setContentLength(pdf.length);
    resp.setHeader("Content-Disposition", "inline; filename=\"" + name + "\"");
    resp.getOutputStream().write(pdf);
  }
}
