package th.go.cdd.performance.web.http;

import th.go.cdd.performance.web.Downloads;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import th.go.cdd.performance.report.EvidenceFile;
import th.go.cdd.performance.report.ReportEditor;
import th.go.cdd.performance.shared.BusinessException;

/** Downloads an evidence file: /app/evidence/{id}, only for someone who may see its report. */
@WebServlet("/app/evidence/*")
public class EvidenceServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject private ReportEditor editor;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    Long id = FileResponses.id(req.getPathInfo());
    if (id == null) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    EvidenceFile file;
    try {
      file = editor.download(req.getUserPrincipal().getName(), id);
    } catch (BusinessException e) {
      resp.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    FileResponses.attachment(resp, file.getFileName(), file.getContentType(), file.getContent());
  }
}
