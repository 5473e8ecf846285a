package th.go.cdd.performance.security;

import io.github.bucket4j.BucketConfiguration;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * OWASP's device cookies ("Slow Down Online Guessing Attacks with Device Cookies"): a browser that
 * signed in successfully gets a cookie naming the user, a random device id and an expiry, signed
 * with an HMAC. A sign-in for that user that shows a valid cookie is counted against that device's
 * own allowance of failures, not the account's lock for unknown clients, so a stranger who types
 * wrong passwords for someone's staff number locks out strangers only and the owner's known device
 * still signs in. A device that uses up its allowance is a stranger again until its window passes.
 *
 * <p>The allowance is a token bucket of {@code cdd.login.deviceMaxFailures} that comes back whole
 * {@code cdd.login.lockMinutes} after the window's first failure, and at once on a right password. It is
 * in the database ({@link SignInAllowances}), so every server of a cluster counts against the same
 * allowance; the row is deleted once the bucket is full again. Without {@code cdd.login.deviceKey}
 * the HMAC key is made at start, so after a restart every device is a stranger until it signs in once
 * more.
 */
@ApplicationScoped
public class DeviceCookies {
  public static final String NAME = "cdd_device";
  private static final Logger LOG = Logger.getLogger(DeviceCookies.class.getName());
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final String KEY = "device ";

  @Inject private LoginSettings settings;
  @Inject private Clock clock;
  @Inject private SignInAllowances allowances;

  private byte[] key;
  private BucketConfiguration limit;
  private Duration lifetime;
  private final SecureRandom random = new SecureRandom();

  protected DeviceCookies() {}

  /** For tests outside the container. */
  DeviceCookies(byte[] key, Clock clock, SignInAllowances allowances, int maxFailures, Duration window, Duration lifetime) {
    this.clock = clock;
    this.allowances = allowances;
    init(key, maxFailures, window, lifetime);
  }

  @PostConstruct
  void start() {
    byte[] configured = new byte[0];
    if (!settings.deviceKey().isEmpty()) {
      configured = Base64.getDecoder().decode(settings.deviceKey());
    }
    if (configured.length < 32) {
      if (configured.length > 0) {
        LOG.warning("cdd.login.deviceKey is shorter than 32 bytes; a key made at start is used instead");
      }
      configured = new byte[32];
      random.nextBytes(configured);
    }
    init(configured, settings.deviceMaxFailures(), settings.lockFor(), settings.deviceCookieLifetime());
  }

  private void init(byte[] key, int maxFailures, Duration window, Duration lifetime) {
    this.key = key.clone();
    this.limit = BucketConfiguration.builder().addLimit(l -> l.capacity(maxFailures).refillIntervally(maxFailures, window)).build();
    this.lifetime = lifetime;
  }

  /** The device id of a valid cookie for this user whose allowance is not used up; empty for a stranger. */
  public Optional<String> trustedDevice(HttpServletRequest request, String username) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null || username == null) {
      return Optional.empty();
    }
    for (Cookie c : cookies) {
      if (NAME.equals(c.getName())) {
        Optional<String> device = deviceOf(c.getValue(), username);
        if (device.isPresent()) {
          return device;
        }
      }
    }
    return Optional.empty();
  }

  Optional<String> deviceOf(String value, String username) {
    if (value == null || value.length() > 200) {
      return Optional.empty();
    }
    String[] parts = value.split("\\.");
    if (parts.length != 3) {
      return Optional.empty();
    }
    long expires;
    try {
      expires = Long.parseLong(parts[1]);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    byte[] expected = mac(username, parts[0], expires).getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(expected, parts[2].getBytes(StandardCharsets.US_ASCII)) || clock.millis() / 1000 >= expires) {
      return Optional.empty();
    }
    return allowances.waitFor(KEY + parts[0], limit).isZero() ? Optional.of(parts[0]) : Optional.empty();
  }

  /** A wrong password from this device: one less of its allowance. */
  public void failed(String device) {
    allowances.take(KEY + device, limit);
  }

  /** The right password from this device: its allowance is whole again. */
  public void succeeded(String device) {
    allowances.restore(KEY + device);
  }

  /** A new cookie for a browser that has just signed in as this user. */
  public Cookie issue(String username, boolean secure) {
    byte[] id = new byte[16];
    random.nextBytes(id);
    String device = B64.encodeToString(id);
    long expires = clock.millis() / 1000 + lifetime.toSeconds();
    Cookie cookie = new Cookie(NAME, device + "." + expires + "." + mac(username, device, expires));
    cookie.setHttpOnly(true);
    cookie.setSecure(secure);
    cookie.setPath("/");
    cookie.setMaxAge((int) Math.min(Integer.MAX_VALUE, lifetime.toSeconds()));
    cookie.setAttribute("SameSite", "Strict");
    return cookie;
  }

  private String mac(String username, String device, long expires) {
    try {
      Mac hmac = Mac.getInstance("HmacSHA256");
      hmac.init(new SecretKeySpec(key, "HmacSHA256"));
      return B64.encodeToString(hmac.doFinal(("v1\n" + username + "\n" + device + "\n" + expires).getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
