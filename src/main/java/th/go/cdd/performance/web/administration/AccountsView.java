package th.go.cdd.performance.web.administration;

import th.go.cdd.performance.web.Texts;
import th.go.cdd.performance.web.UserSession;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import th.go.cdd.performance.security.AccountState;
import th.go.cdd.performance.security.Accounts;
import th.go.cdd.performance.shared.BusinessException;

/** The administrator's accounts page: look one up, reset its password (shown once), unlock a locked one. */
@Named
@ViewScoped
public class AccountsView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private Accounts accounts;
  @Inject private UserSession session;
  @Inject private java.time.Clock clock;

  private String username;
  private String reason;
  private AccountState found;
  private List<AccountState> locked;
  private List<AccountState> closed;
  private List<AccountState> administrators;
  private final NewAdministrator newAdministrator = new NewAdministrator();
  private String issuedFor;
  private String issuedPassword;

  public boolean isAllowed() {
    return session.isAdministrator();
  }

  public List<AccountState> getLocked() {
    if (locked == null) {
      locked = isAllowed() ? accounts.locked(session.getUsername()) : List.of();
    }
    return locked;
  }

  public List<AccountState> getClosed() {
    if (closed == null) {
      closed = isAllowed() ? accounts.closed(session.getUsername()) : List.of();
    }
    return closed;
  }

  public List<AccountState> getAdministrators() {
    if (administrators == null) {
      administrators = isAllowed() ? accounts.administrators(session.getUsername()) : List.of();
    }
    return administrators;
  }

  public void close(String who) {
    clearIssued();
    try {
      accounts.close(session.getUsername(), who, reason);
      refresh(who);
      Texts.info("account.closed");
    } catch (BusinessException e) {
      Texts.error(null, e);
    }
  }

  public void reopen(String who) {
    clearIssued();
    try {
      accounts.reopen(session.getUsername(), who, reason);
      refresh(who);
      Texts.info("account.reopened");
    } catch (BusinessException e) {
      Texts.error(null, e);
    }
  }

  public void createAdministrator() {
    clearIssued();
    try {
      NewAdministrator a = newAdministrator;
      issuedPassword = accounts.createAdministrator(session.getUsername(), a.getUsername(), a.getTitle(), a.getFirstName(),
          a.getLastName(), a.getEmail(), reason);
      issuedFor = a.getUsername().strip();
      a.clear();
      administrators = null;
      Texts.info("account.administratorCreated");
    } catch (BusinessException e) {
      Texts.error(null, e);
    }
  }

  /** Lists and the account on show read afresh after an act on {@code who}. */
  private void refresh(String who) {
    closed = null;
    administrators = null;
    locked = null;
    if (found != null && found.username().equals(who)) {
      found = accounts.state(session.getUsername(), who);
    }
  }

  public NewAdministrator getNewAdministrator() {
    return newAdministrator;
  }

  public void find() {
    clearIssued();
    try {
      found = accounts.state(session.getUsername(), username);
    } catch (BusinessException e) {
      found = null;
      Texts.error(null, e);
    }
  }

  public void reset(String who) {
    clearIssued();
    try {
      issuedPassword = accounts.reset(session.getUsername(), who, reason);
      issuedFor = who;
      found = accounts.state(session.getUsername(), who);
      Texts.info("account.resetDone");
    } catch (BusinessException e) {
      Texts.error(null, e);
    }
  }

  public void unlock(String who) {
    clearIssued();
    try {
      accounts.unlock(session.getUsername(), who, reason);
      locked = null;
      if (found != null && found.username().equals(who)) {
        found = accounts.state(session.getUsername(), who);
      }
      Texts.info("account.unlocked");
    } catch (BusinessException e) {
      Texts.error(null, e);
    }
  }

  public boolean isLockedNow(AccountState state) {
    return state != null && state.lockedUntil() != null && state.lockedUntil().isAfter(clock.instant());
  }

  /** Shown once: the next action forgets it. */
  private void clearIssued() {
    issuedFor = null;
    issuedPassword = null;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public AccountState getFound() {
    return found;
  }

  public String getIssuedFor() {
    return issuedFor;
  }

  public String getIssuedPassword() {
    return issuedPassword;
  }
}
