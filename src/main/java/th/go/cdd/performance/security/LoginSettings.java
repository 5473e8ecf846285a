package th.go.cdd.performance.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The sign-in rules, from MicroProfile Config: after so many failed logins in a row an account is
 * locked for so long to clients it does not know; a device it signed in on before has its own
 * allowance of failures; one client address has its own allowance per window.
 */
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

  @Inject
  @ConfigProperty(name = "cdd.login.deviceMaxFailures", defaultValue = "5")
  int deviceMaxFailures;

  @Inject
  @ConfigProperty(name = "cdd.login.deviceCookieDays", defaultValue = "180")
  int deviceCookieDays;

  /** Base64 HMAC key of the device cookies; empty: a key made at start (known devices become strangers after a restart). */
  @Inject
  @ConfigProperty(name = "cdd.login.deviceKey")
  java.util.Optional<String> deviceKey;

  @Inject
  @ConfigProperty(name = "cdd.login.addressMaxFailures", defaultValue = "30")
  int addressMaxFailures;

  @Inject
  @ConfigProperty(name = "cdd.login.addressWindowMinutes", defaultValue = "15")
  int addressWindowMinutes;

  /** Addresses of reverse proxies whose X-Forwarded-For is believed; empty: none, the connection's address counts. */
  @Inject
  @ConfigProperty(name = "cdd.http.trustedProxies")
  java.util.Optional<String> trustedProxies;

  /** How many wrong passwords a device that signed in before may send before it is treated as a stranger. */
  public int deviceMaxFailures() {
    return Math.max(1, deviceMaxFailures);
  }

  public Duration deviceCookieLifetime() {
    return Duration.ofDays(Math.max(1, deviceCookieDays));
  }

  public String deviceKey() {
    return deviceKey == null ? "" : deviceKey.orElse("").strip();
  }

  /** Failed sign-ins one client address may send per {@link #addressWindow()} before it is answered 429. */
  public int addressMaxFailures() {
    return Math.max(1, addressMaxFailures);
  }

  public Duration addressWindow() {
    return Duration.ofMinutes(Math.max(1, addressWindowMinutes));
  }

  public java.util.Set<String> trustedProxies() {
    return ClientAddress.parseList(trustedProxies == null ? "" : trustedProxies.orElse(""));
  }

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
