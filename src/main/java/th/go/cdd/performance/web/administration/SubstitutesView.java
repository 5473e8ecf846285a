package th.go.cdd.performance.web.administration;

import th.go.cdd.performance.web.Texts;
import th.go.cdd.performance.web.UserSession;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import th.go.cdd.performance.administration.Substitutions;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.people.Role;
import th.go.cdd.performance.people.Substitution;
import th.go.cdd.performance.shared.BusinessException;

/** The substitutes page: a director or officer names and cancels their own substitutes; an administrator anyone's. */
@Named
@ViewScoped
public class SubstitutesView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private Substitutions substitutions;
  @Inject private UserSession session;

  private boolean denied;
  private transient List<Substitution> current;
  private transient List<Person> principals;
  private transient List<Substitution> standingIn;
  private transient List<Person> eligible;
  private String principal;
  private String substitute;
  private LocalDate from;
  private LocalDate to;
  private String reason;
  private Long cancelId;
  private String cancelReason;

  public void load() {
    try {
      principals = substitutions.principals(session.getUsername());
      if (session.getRole() != Role.ADMIN) {
        principal = session.getUsername();
      }
    } catch (BusinessException e) {
      denied = true;
      Texts.error(null, e);
    }
  }

  public void name() {
    try {
      substitutions.name(session.getUsername(), principal, substitute, from, to, reason);
      Texts.info("substitute.named");
      substitute = null;
      from = null;
      to = null;
      reason = null;
      current = null;
    } catch (BusinessException e) {
      Texts.error(null, e);
    }
  }

  public void prepareCancel(long id) {
    cancelId = id;
    cancelReason = null;
  }

  public void cancel() {
    try {
      substitutions.cancel(session.getUsername(), cancelId == null ? -1 : cancelId, cancelReason);
      Texts.info("substitute.cancelled");
      current = null;
    } catch (BusinessException e) {
      Texts.error(null, e);
    }
  }

  public void principalChanged() {
    eligible = null;
    substitute = null;
  }

  public List<Substitution> getCurrent() {
    if (current == null && !denied) {
      current = substitutions.manageable(session.getUsername());
    }
    return current == null ? List.of() : current;
  }

  /** Where this user stands in for someone, so they know whose tasks reach them and until when. */
  public List<Substitution> getStandingIn() {
    if (standingIn == null && !denied) {
      standingIn = substitutions.standingInFor(session.getUsername());
    }
    return standingIn == null ? List.of() : standingIn;
  }

  public List<Person> getPrincipals() {
    if (principals == null && !denied) {
      principals = substitutions.principals(session.getUsername());
    }
    return principals == null ? List.of() : principals;
  }

  public List<Person> getEligible() {
    if (eligible == null && principal != null && !principal.isBlank() && !denied) {
      try {
        eligible = substitutions.eligibleSubstitutes(session.getUsername(), principal);
      } catch (BusinessException e) {
        Texts.error(null, e);
        eligible = List.of();
      }
    }
    return eligible == null ? List.of() : eligible;
  }

  public boolean isAdmin() {
    return session.isAdministrator();
  }

  public boolean isDenied() {
    return denied;
  }

  public String getPrincipal() {
    return principal;
  }

  public void setPrincipal(String principal) {
    this.principal = principal;
  }

  public String getSubstitute() {
    return substitute;
  }

  public void setSubstitute(String substitute) {
    this.substitute = substitute;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getCancelReason() {
    return cancelReason;
  }

  public void setCancelReason(String cancelReason) {
    this.cancelReason = cancelReason;
  }
}
