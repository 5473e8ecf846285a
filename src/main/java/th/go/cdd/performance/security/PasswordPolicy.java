package th.go.cdd.performance.security;

import th.go.cdd.performance.shared.BusinessException;

/** What a chosen password must be: at least 10 characters, not the username, typed twice alike. */
public final class PasswordPolicy {
  public static final int MIN_LENGTH = 10;
  public static final int MAX_LENGTH = 128;

  private PasswordPolicy() {}

  public static void check(String username, String password, String confirmation) {
    if (password == null || password.length() < MIN_LENGTH) {
      throw new BusinessException("password.tooShort", MIN_LENGTH);
    }
    if (password.length() > MAX_LENGTH) {
      throw new BusinessException("password.tooLong", MAX_LENGTH);
    }
    if (password.strip().equalsIgnoreCase(username == null ? "" : username.strip())) {
      throw new BusinessException("password.sameAsUsername");
    }
    if (!password.equals(confirmation)) {
      throw new BusinessException("password.confirmationDiffers");
    }
  }
}
