package th.go.cdd.performance.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import th.go.cdd.performance.circular.CircularAttachment;
import th.go.cdd.performance.circular.Circulars;
import th.go.cdd.performance.shared.BusinessException;

/** Downloads a circular's attachment: /app/circular-file/{id}, only for someone in the program (or an administrator). */
@WebServlet("/app/circular-file/*")
public class CircularFileServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject private transient Circulars circulars;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String path = req.getPathInfo();
    long id;
    try {
      id = Long.parseLong(path == null ? "" : path.substring(1));
    } catch (NumberFormatException e) {
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
    resp.setContentType(file.getContentType());
    resp.setContentLengthLong(file.getSize());
    resp.setHeader("X-Content-Type-Options", "nosniff");
    resp.setHeader("Content-Security-Policy", "sandbox");
    resp.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
        + URLEncoder.encode(file.getFileName(), StandardCharsets.UTF_8).replace("+", "%20"));
    resp.getOutputStream().write(file.getContent());
  }
}
