package th.go.cdd.performance.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The lockout rule, from MicroProfile Config: after so many failed logins in a row, locked for so long. */
@ApplicationScoped
public class LoginSettings {
  @Inject
  @ConfigProperty(name = "cdd.login.maxFailures", defaultValue = "5")
  int maxFailures;

  @Inject
  @ConfigProperty(name = "cdd.login.lockMinutes", defaultValue = "15")
  int lockMinutes;

  @Inject
  @ConfigProperty(name = "cdd.login.oneTimePasswordDays", defaultValue = "14")
  int oneTimePasswordDays;

  /** How long a one-time password signs in before an administrator must issue a new one. */
  public Duration oneTimePasswordValidFor() {
    return Duration.ofDays(Math.max(1, oneTimePasswordDays));
  }

  public int maxFailures() {
    return Math.max(1, maxFailures);
  }

  public Duration lockFor() {
    return Duration.ofMinutes(Math.max(1, lockMinutes));
  }
}
