package th.go.cdd.performance.web.http;

import th.go.cdd.performance.web.PublicUrl;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import th.go.cdd.performance.web.Texts;
import th.go.cdd.performance.web.UserSession;

/**
 * Headers every page gets: no framing, no content sniffing, no referrer leaks, pages not cached, a
 * Content-Security-Policy, and when the public URL is https ({@link PublicUrl}) Strict-Transport-Security.
 *
 * <p>The policy allows scripts and styles from the application only, plus inline ones: PrimeFaces
 * writes inline scripts into every page. Its nonce mode ({@code primefaces.CSP}) was tried: the
 * browser journey passed under it with nothing refused on the console, but it also checks a nonce
 * on every postback and answers a form posted without it with a 500, so the reliability suite's,
 * the benches' and the chaos runs' HTTP clients (which post forms as they are, without running the
 * page's script) must first learn to send {@code primefaces.nonce}. What this policy does forbid
 * still counts: scripts, frames, forms, plugins and connections to any other site, and a
 * {@code <base>} that would redirect relative links.
 * A session id in the URL (";jsessionid=") is refused: sessions travel in the cookie only, and the
 * container would otherwise take a session id from a link someone was sent.
 */
public class SecurityHeadersFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;
  static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
      + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
      + "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
  /** A year, the value HSTS preload lists ask for; subdomains are not ours to speak for. */
  static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

  boolean https;

  @Override
  public void init() {
    https = PublicUrl.isHttps();
  }

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain) throws IOException, ServletException {
    if (req.isRequestedSessionIdFromURL() || req.getRequestURI().toLowerCase(java.util.Locale.ROOT).contains(";jsessionid")) {
      refuseSessionIdInUrl(req, res);
      return;
    }
    res.setHeader("X-Frame-Options", "DENY");
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Referrer-Policy", "same-origin");
    res.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    if (https || req.isSecure()) {
      res.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
    }
    if (!req.getRequestURI().contains("/jakarta.faces.resource/")) {
      res.setHeader("Cache-Control", "no-store");
    }
    chain.doFilter(req, res);
  }

  /**
   * 400 with a page of its own, not the error page: that page shows who is signed in, and with a cluster's session
   * manager the session of the id in the URL is the request's session while the error page renders.
   */
  private static void refuseSessionIdInUrl(HttpServletRequest req, HttpServletResponse res) throws IOException {
    res.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    res.setHeader("Cache-Control", "no-store");
    res.setContentType("text/html;charset=UTF-8");
    res.getWriter().print("<!DOCTYPE html><html lang=\"th\"><head><meta charset=\"UTF-8\"><title>400</title></head><body><h2>"
        + Texts.text(UserSession.THAI, "error.title") + "</h2><h2 lang=\"en\">" + Texts.text(Locale.ENGLISH, "error.title") + "</h2><p>"
        + Texts.text(UserSession.THAI, "session.idInUrl") + "</p><p lang=\"en\">" + Texts.text(Locale.ENGLISH, "session.idInUrl")
        + "</p><p><a href=\"" + req.getContextPath() + "/\">" + Texts.text(UserSession.THAI, "report.back") + " / "
        + Texts.text(Locale.ENGLISH, "report.back") + "</a></p></body></html>");
  }
}
