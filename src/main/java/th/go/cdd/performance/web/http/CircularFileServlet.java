package th.go.cdd.performance.web.http;

import th.go.cdd.performance.web.Downloads;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import th.go.cdd.performance.circular.CircularAttachment;
import th.go.cdd.performance.circular.Circulars;
import th.go.cdd.performance.shared.BusinessException;

/** Downloads a circular's attachment: /app/circular-file/{id}, only for someone in the program (or an administrator). */
@WebServlet("/app/circular-file/*")
public class CircularFileServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject private Circulars circulars;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    Long id = FileResponses.id(req.getPathInfo());
    if (id == null) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    CircularAttachment file;
    try {
      file = circulars.download(req.getUserPrincipal().getName(), id);
    } catch (BusinessException e) {
      resp.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    FileResponses.attachment(resp, file.getFileName(), file.getContentType(), file.getContent());
  }
}
