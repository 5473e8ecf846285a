package th.go.cdd.performance.security;

import th.go.cdd.performance.shared.BusinessException;

/** The right password for an account that is closed: the sign-in is refused with its own message. */
public class AccountClosedException extends BusinessException {
  private static final long serialVersionUID = 1L;

  public AccountClosedException() {
    super("login.accountClosed");
  }
}
