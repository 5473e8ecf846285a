package th.go.cdd.performance.web.account;

import th.go.cdd.performance.web.Texts;
import th.go.cdd.performance.web.UserSession;
import th.go.cdd.performance.web.http.SessionLimits;
import th.go.cdd.performance.web.http.PasswordChangeFilter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import th.go.cdd.performance.security.Accounts;
import th.go.cdd.performance.security.PasswordPolicy;
import th.go.cdd.performance.shared.BusinessException;

/** The password page: forced after a one-time password, open to anyone signed in to change theirs. */
@Named
@RequestScoped
public class PasswordView {
  @Inject private Accounts accounts;
  @Inject private UserSession session;
  @Inject private java.time.Clock clock;

  private String current;
  private String chosen;
  private String confirmation;

  public boolean isForced() {
    return accounts.mustChangePassword(session.getUsername());
  }

  public int getMinLength() {
    return PasswordPolicy.MIN_LENGTH;
  }

  public void change() throws IOException {
    try {
      accounts.changePassword(session.getUsername(), current, chosen, confirmation);
    } catch (BusinessException e) {
      Texts.error(null, e);
      return;
    } finally {
      current = null;
      chosen = null;
      confirmation = null;
    }
    ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) ec.getRequest();
    PasswordChangeFilter.markClear(request, session.getUsername());
    SessionLimits.signedIn(request, accounts, session.getUsername(), clock.instant(), false); // this session goes on; the others end
    ec.getFlash().setKeepMessages(true);
    Texts.info("password.changed");
    ec.redirect(ec.getRequestContextPath() + "/app/inbox.xhtml");
  }

  public String getCurrent() {
    return current;
  }

  public void setCurrent(String current) {
    this.current = current;
  }

  public String getChosen() {
    return chosen;
  }

  public void setChosen(String chosen) {
    this.chosen = chosen;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }
}
