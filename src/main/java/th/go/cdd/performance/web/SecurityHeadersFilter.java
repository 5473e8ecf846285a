package th.go.cdd.performance.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers every page gets: no framing, no content sniffing, no referrer leaks, pages not cached.
 * A session id in the URL (";jsessionid=") is refused: sessions travel in the cookie only, and the
 * container would otherwise take a session id from a link someone was sent.
 */
@WebFilter("/*")
public class SecurityHeadersFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain) throws IOException, ServletException {
    if (req.isRequestedSessionIdFromURL() || req.getRequestURI().toLowerCase(java.util.Locale.ROOT).contains(";jsessionid")) {
      res.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    res.setHeader("X-Frame-Options", "DENY");
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Referrer-Policy", "same-origin");
    if (!req.getRequestURI().contains("/jakarta.faces.resource/")) {
      res.setHeader("Cache-Control", "no-store");
    }
    chain.doFilter(req, res);
  }
}
