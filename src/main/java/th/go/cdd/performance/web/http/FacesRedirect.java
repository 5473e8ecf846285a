package th.go.cdd.performance.web.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Sends the browser elsewhere from a filter: a plain redirect, or for a JSF ajax request a partial-response redirect. */
final class FacesRedirect {
  private FacesRedirect() {}

  /** {@code page}: a path within the application, e.g. "/login.xhtml". */
  static void to(HttpServletRequest req, HttpServletResponse res, String page) throws IOException {
    String target = req.getContextPath() + page;
    if ("partial/ajax".equals(req.getHeader("Faces-Request"))) {
      res.setContentType("text/xml");
      res.setCharacterEncoding("UTF-8");
      res.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\"" + target
          + "\"></redirect></partial-response>");
      return;
    }
    res.sendRedirect(target);
  }
}
