package th.go.cdd.performance.web.http;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import th.go.cdd.performance.security.ClientAddress;
import th.go.cdd.performance.security.LoginSettings;
import th.go.cdd.performance.security.SignInThrottle;
import th.go.cdd.performance.shared.DatabaseOutage;

/**
 * A client address that has used up its allowance of failed sign-ins ({@link SignInThrottle}) is
 * answered HTTP 429 with Retry-After and a short page in Thai and English when it posts the login
 * form, before any password is checked; reading the page stays open.
 */
public class SignInThrottleFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;
  static final int TOO_MANY_REQUESTS = 429;

  @Inject private SignInThrottle throttle;
  @Inject private LoginSettings settings;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain) throws IOException, ServletException {
    if ("POST".equals(req.getMethod())) {
      Duration wait;
      try {
        wait = throttle.waitFor(ClientAddress.of(req, settings.trustedProxies()));
      } catch (RuntimeException e) {
        if (!DatabaseOutage.causedBy(e)) {
          throw e;
        }
        wait = Duration.ZERO; // the allowances are in the database: the sign-in behind answers the outage with 503
      }
      if (!wait.isZero()) {
        res.setStatus(TOO_MANY_REQUESTS);
        res.setHeader("Retry-After", Long.toString(Math.max(1, wait.toSeconds())));
        res.setContentType("text/html;charset=UTF-8");
        res.getWriter().print(DatabaseUnavailableFilter.page("unavailable.signInThrottled", "429"));
        return;
      }
    }
    chain.doFilter(req, res);
  }
}
