package th.go.cdd.performance.web.account;

import th.go.cdd.performance.web.Texts;
import th.go.cdd.performance.web.PublicUrl;
import th.go.cdd.performance.web.UserSession;
import th.go.cdd.performance.web.http.SessionLimits;
import th.go.cdd.performance.web.http.DatabaseUnavailableFilter;
import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import th.go.cdd.performance.security.PersonIdentityStore;

/**
 * The login form: one message for any failure, never which of user or password was wrong; a closed
 * account is named as such only to someone who gave its right password.
 */
@Named
@RequestScoped
public class LoginView {
  @Inject private SecurityContext security;
  @Inject private UserSession userSession;
  @Inject private th.go.cdd.performance.security.Accounts accounts;
  @Inject private java.time.Clock clock;
  @Inject private th.go.cdd.performance.security.DeviceCookies devices;

  private String username;
  private String password;

  public void login() throws IOException {
    FacesContext fc = FacesContext.getCurrentInstance();
    if (username == null || username.isBlank() || password == null || password.isEmpty()) {
      Texts.error(null, "login.required");
      return;
    }
    ExternalContext ec = fc.getExternalContext();
    // a new session id for the new user (no fixation), and nothing cached of a previous user
    HttpServletRequest request = (HttpServletRequest) ec.getRequest();
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    userSession.forgetUser();
    AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) ec.getResponse(),
        withParams().credential(new UsernamePasswordCredential(username.strip(), password)).newAuthentication(true));
    if (request.getAttribute(PersonIdentityStore.DATABASE_DOWN) instanceof RuntimeException outage) {
      password = null;
      throw outage; // DatabaseUnavailableFilter answers 503 "try again shortly", not "invalid password"
    }
    switch (status) {
      case SEND_CONTINUE -> fc.responseComplete();
      case SUCCESS -> {
        SessionLimits.signedIn(request, accounts, username.strip(), clock.instant(), true);
        // this browser is now a device the account knows: a stranger's lock will not hold it (DeviceCookies)
        ((HttpServletResponse) ec.getResponse()).addCookie(devices.issue(username.strip(), request.isSecure() || PublicUrl.isHttps()));
        ec.redirect(ec.getRequestContextPath() + "/app/inbox.xhtml");
      }
      default -> Texts.error(null, request.getAttribute(PersonIdentityStore.ACCOUNT_CLOSED) != null ? "login.accountClosed" : "login.failed");
    }
    password = null;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
