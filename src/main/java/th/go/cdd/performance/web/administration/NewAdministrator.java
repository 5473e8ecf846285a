package th.go.cdd.performance.web.administration;

import java.io.Serializable;

/** The accounts page's form for another administrator: what the administrator types, until it is created. */
public class NewAdministrator implements Serializable {
  private static final long serialVersionUID = 1L;

  private String username;
  private String title;
  private String firstName;
  private String lastName;
  private String email;

  void clear() {
    username = null;
    title = null;
    firstName = null;
    lastName = null;
    email = null;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getFirstName() {
    return firstName;
  }

  public void setFirstName(String firstName) {
    this.firstName = firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public void setLastName(String lastName) {
    this.lastName = lastName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}
