package th.go.cdd.performance.security;

/**
 * Where a sign-in comes from: the client address (for the audit log) and the device id of a valid
 * device cookie for the user, or null for a client the account does not know.
 */
public record SignInAttempt(String clientAddress, String device) {
  /** A sign-in from nowhere in particular, counted as a stranger's (the services' own callers and tests). */
  public static SignInAttempt unknown() {
    return new SignInAttempt(null, null);
  }

  public boolean fromKnownDevice() {
    return device != null;
  }
}
