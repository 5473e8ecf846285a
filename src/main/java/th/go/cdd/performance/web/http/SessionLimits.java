package th.go.cdd.performance.web.http;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import th.go.cdd.performance.security.Accounts;
import th.go.cdd.performance.security.SessionCredentials;

/**
 * How long a signed-in session lasts besides the idle timeout: at most {@code cdd.session.maxHours}
 * (10, a working day) from the sign-in, however often the report page's keep-alive touches it (a
 * shared office PC is not signed in for ever); and only until the person's password changes (they
 * chose a new one elsewhere, or an administrator issued a one-time password) and while the account
 * is open (an administrator, the roster or the end of participation closed it): every other session
 * of theirs ends at its next request: the password's change time and the account's state are read from
 * the database on every request (one read by the account's key), so a change on one server ends the sessions
 * on every server at once. {@code cdd.session.credentialsCheckSeconds} (default 0) may space the reads out. An ended
 * session goes to the login page.
 */
public class SessionLimits extends HttpFilter {
  private static final long serialVersionUID = 1L;
  static final String SIGNED_IN_AT = "cdd.signedInAt";
  static final String CREDENTIALS = "cdd.credentials";

  /** The password change time this session signed in under, and when it was last compared. */
  record CredentialsSeen(Instant changedAt, Instant checkedAt) implements Serializable {}

  @Inject private Accounts accounts;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "cdd.session.maxHours", defaultValue = "10")
  private long maxHours;

  @Inject
  @ConfigProperty(name = "cdd.session.credentialsCheckSeconds", defaultValue = "0")
  private long checkSeconds;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain) throws IOException, ServletException {
    if (!lasts(req)) {
      FacesRedirect.to(req, res, "/login.xhtml");
      return;
    }
    chain.doFilter(req, res);
  }

  /**
   * Whether the request's signed-in session may go on (true without a session); a session past its
   * limits is invalidated here. The REST API asks the same for a call made with a session.
   */
  public static boolean lasts(HttpServletRequest req, Accounts accounts, Clock clock, long maxHours, long checkSeconds) {
    Principal user = req.getUserPrincipal();
    HttpSession session = req.getSession(false);
    if (user == null || session == null) {
      return true;
    }
    Instant now = clock.instant();
    Instant signedIn = session.getAttribute(SIGNED_IN_AT) instanceof Instant at ? at : null;
    if (signedIn == null) {
      signedIn = now;
      session.setAttribute(SIGNED_IN_AT, now);
    }
    if (signedIn.plus(Duration.ofHours(maxHours)).isBefore(now)) {
      session.invalidate();
      return false;
    }
    CredentialsSeen seen = session.getAttribute(CREDENTIALS) instanceof CredentialsSeen c ? c : null;
    if (seen == null || !seen.checkedAt().plusSeconds(checkSeconds).isAfter(now)) {
      SessionCredentials current = accounts.sessionCredentials(user.getName());
      if (!current.open() || seen != null && !Objects.equals(seen.changedAt(), current.passwordChangedAt())) {
        session.invalidate();
        return false;
      }
      if (seen == null || checkSeconds > 0) {
        // with a check on every request the attribute is left as it is: an unchanged session is not written to the grid again
        session.setAttribute(CREDENTIALS, new CredentialsSeen(current.passwordChangedAt(), now));
      }
    }
    return true;
  }

  private boolean lasts(HttpServletRequest req) {
    return lasts(req, accounts, clock, maxHours, checkSeconds);
  }

  /** A new sign-in, or this session's own password change: it starts afresh under the password as it is now. */
  public static void signedIn(HttpServletRequest req, Accounts accounts, String username, Instant now, boolean restartLifetime) {
    HttpSession session = req.getSession();
    if (restartLifetime) {
      session.setAttribute(SIGNED_IN_AT, now);
    }
    session.setAttribute(CREDENTIALS, new CredentialsSeen(accounts.sessionCredentials(username).passwordChangedAt(), now));
  }
}
