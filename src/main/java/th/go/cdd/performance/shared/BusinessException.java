package th.go.cdd.performance.shared;

import jakarta.ejb.ApplicationException;

/**
 * A refusal the user should read: carries a message key of the UI bundles and its arguments.
 * Rolls back the transaction it is thrown in.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {
  private final String key;
  private final transient Object[] args;

  public BusinessException(String key, Object... args) {
    super(key);
    this.key = key;
    this.args = args;
  }

  public String getKey() {
    return key;
  }

  public Object[] getArgs() {
    return args;
  }
}
