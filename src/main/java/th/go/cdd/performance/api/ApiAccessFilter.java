package th.go.cdd.performance.api;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import th.go.cdd.performance.security.Accounts;
import th.go.cdd.performance.security.ApiTokenCodes;
import th.go.cdd.performance.security.ApiTokens;
import th.go.cdd.performance.web.http.SessionLimits;

/**
 * Says who calls /api: an {@code Authorization: Bearer} token (looked up by its hash, the call written
 * to the audit log), else the signed-in session (under the same limits as the pages: ended by a
 * password change, a closed account or a working day's length). Anything else is answered 401 as a
 * problem document, never a redirect to the login page (/api is outside the pages' security
 * constraint, so the form login never steps in). A presented token that is not valid is 401 even
 * with a session, so a system never acts under a person's session by accident.
 */
public class ApiAccessFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @Inject private ApiTokens tokens;
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
    String authorization = req.getHeader("Authorization");
    String username = null;
    ApiAccess.Credential credential = ApiAccess.Credential.NONE;
    if (authorization != null) {
      Optional<String> secret = ApiTokenCodes.bearer(authorization);
      Optional<ApiTokens.Caller> caller = secret.flatMap(s -> tokens.authenticate(s, req.getMethod() + " " + req.getRequestURI()));
      if (caller.isPresent()) {
        username = caller.get().username();
        credential = ApiAccess.Credential.TOKEN;
      }
    } else if (req.getUserPrincipal() != null && SessionLimits.lasts(req, accounts, clock, maxHours, checkSeconds)
        && !accounts.mustChangePassword(req.getUserPrincipal().getName())) {
      username = req.getUserPrincipal().getName();
      credential = ApiAccess.Credential.SESSION;
    }
    String refusal = ApiAccess.refusal(req.getMethod(), credential, req.getHeader(ApiAccess.CSRF_HEADER) != null);
    if (refusal != null) {
      write(res, Problems.of(refusal, null, req.getHeader("Accept-Language"), req.getRequestURI()));
      return;
    }
    req.setAttribute(ApiCaller.ATTRIBUTE, new ApiCaller(username, credential));
    chain.doFilter(req, res);
  }

  static void write(HttpServletResponse res, Problems.Problem problem) throws IOException {
    res.setStatus(problem.status());
    if (problem.status() == 401) {
      res.setHeader("WWW-Authenticate", "Bearer realm=\"cdd-api\"");
    }
    res.setContentType(Problems.MEDIA_TYPE);
    res.setCharacterEncoding(StandardCharsets.UTF_8.name());
    res.getWriter().write(problem.toJson().toString());
  }
}
