package th.go.cdd.performance.web.http;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import th.go.cdd.performance.security.Accounts;

/**
 * A person signed in with a one-time password sees only the password page until they have chosen
 * their own: every other /app request is sent there (a JSF ajax request gets a partial-response
 * redirect). Once the account is known to be clear, the session remembers it for that user.
 */
public class PasswordChangeFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;
  static final String CLEAR = "cdd.passwordClear";
  static final String PAGE = "/app/password.xhtml";
  /** Style sheets and scripts the password page itself needs. */
  static final String RESOURCES = "/app/jakarta.faces.resource/";

  @Inject private Accounts accounts;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain) throws IOException, ServletException {
    Principal user = req.getUserPrincipal();
    // the container's decoded and normalised path, never the raw URI: "/app/jakarta.faces.resource/../inbox.xhtml"
    // is the inbox, and must not pass as a resource
    String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
    if (user == null || path.equals(PAGE) || path.startsWith(RESOURCES)) {
      chain.doFilter(req, res);
      return;
    }
    HttpSession session = req.getSession(false);
    if (session != null && user.getName().equals(session.getAttribute(CLEAR))) {
      chain.doFilter(req, res);
      return;
    }
    if (!accounts.mustChangePassword(user.getName())) {
      req.getSession().setAttribute(CLEAR, user.getName());
      chain.doFilter(req, res);
      return;
    }
    FacesRedirect.to(req, res, PAGE);
  }

  /** After the password was changed: this session's user is clear. */
  public static void markClear(HttpServletRequest req, String username) {
    req.getSession().setAttribute(CLEAR, username);
  }
}
