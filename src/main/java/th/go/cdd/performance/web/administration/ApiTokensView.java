package th.go.cdd.performance.web.administration;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import th.go.cdd.performance.security.ApiToken;
import th.go.cdd.performance.security.ApiTokens;
import th.go.cdd.performance.shared.BusinessException;
import th.go.cdd.performance.web.Texts;
import th.go.cdd.performance.web.UserSession;

/**
 * The administrator's REST API tokens: issue one (its secret shown on this view once, then gone),
 * list them with their scope and last use, revoke one.
 */
@Named
@ViewScoped
public class ApiTokensView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private ApiTokens tokens;
  @Inject private UserSession session;

  private String name;
  private String account;
  /** The secret just issued; kept only by this view, for the one showing. */
  private String issuedSecret;
  private transient List<ApiToken> list;

  public boolean isAllowed() {
    return session.isAdministrator();
  }

  public List<ApiToken> getList() {
    if (list == null) {
      list = isAllowed() ? tokens.all(session.getUsername()) : List.of();
    }
    return list;
  }

  public void issue() {
    try {
      issuedSecret = tokens.issue(session.getUsername(), name, account).secret();
      Texts.info("apiToken.issued");
      name = null;
      account = null;
      list = null;
    } catch (BusinessException e) {
      Texts.error(null, e);
    }
  }

  public void revoke(long id) {
    try {
      tokens.revoke(session.getUsername(), id);
      Texts.info("apiToken.revoked");
      issuedSecret = null;
      list = null;
    } catch (BusinessException e) {
      Texts.error(null, e);
    }
  }

  public String getIssuedSecret() {
    return issuedSecret;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getAccount() {
    return account;
  }

  public void setAccount(String account) {
    this.account = account;
  }
}
