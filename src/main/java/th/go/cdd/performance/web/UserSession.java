package th.go.cdd.performance.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.security.Principal;
import java.util.Locale;
import th.go.cdd.performance.access.AccessPolicy;
import th.go.cdd.performance.people.People;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.people.Role;

/** The signed-in user's name, role and chosen language (Thai first). */
@Named
@SessionScoped
public class UserSession implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final Locale THAI = Locale.forLanguageTag("th");

  /** The current request (a proxy the session can carry to another server, unlike the security context). */
  @Inject private HttpServletRequest request;
  @Inject private People people;

  private Locale locale = THAI;
  private String displayName;
  private Role role;
  private String provinceTh;

  public String getUsername() {
    Principal p = request.getUserPrincipal();
    return p == null ? null : p.getName();
  }

  /** Called at login: the next read loads the new user's name and role. */
  public void forgetUser() {
    displayName = null;
    role = null;
    provinceTh = null;
  }

  private void load() {
    if (role == null && getUsername() != null) {
      Person person = people.byUsername(getUsername());
      displayName = person.getDisplayName();
      role = person.getRole();
      provinceTh = person.getProvince() == null ? "" : person.getProvince().getNameTh();
    }
  }

  public String getDisplayName() {
    load();
    return displayName;
  }

  public Role getRole() {
    load();
    return role;
  }

  public String getProvinceTh() {
    load();
    return provinceTh;
  }

  public boolean isStaff() {
    return getRole() == Role.STAFF;
  }

  /** What the pages show administrators only; the services decide again ({@code access/AccessPolicy}). */
  public boolean isAdministrator() {
    return getUsername() != null && AccessPolicy.isAdministrator(getRole());
  }

  /** Group directors and provincial officers: the people who sign reports and name substitutes. */
  public boolean isApprover() {
    return getUsername() != null && AccessPolicy.isApprover(getRole());
  }

  public boolean isOfficer() {
    return getRole() == Role.OFFICER;
  }

  /** Administrators and provincial officers: the pages of a province's administration (audit, nudges). */
  public boolean isProvinceOverseer() {
    return getUsername() != null && AccessPolicy.overseesProvinces(getRole());
  }

  public Locale getLocale() {
    return locale;
  }

  /** Administrators, provincial officers and group directors watch the rounds (each within their scope). */
  public boolean isMonitor() {
    return getUsername() != null && !isStaff();
  }

  public boolean isThai() {
    return "th".equals(locale.getLanguage());
  }

  public void switchLanguage() {
    locale = isThai() ? Locale.ENGLISH : THAI;
    FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
  }

  public void logout() throws IOException {
    FacesContext fc = FacesContext.getCurrentInstance();
    fc.getExternalContext().invalidateSession();
    fc.getExternalContext().redirect(fc.getExternalContext().getRequestContextPath() + "/login.xhtml");
  }
}
