package th.go.cdd.performance.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hashes passwords for storage: PBKDF2 with HMAC-SHA256 (the container's implementation) at the
 * iteration count OWASP recommends today, 600,000 ({@code cdd.password.iterations}). A stored hash
 * names its own algorithm and count, so older hashes still verify; {@link #isCurrent} tells the
 * login to hash the password again at this strength once it has been given right.
 */
@ApplicationScoped
public class Passwords {
  static final String ALGORITHM = "PBKDF2WithHmacSHA256";

  @Inject private Pbkdf2PasswordHash hash;

  @Inject
  @ConfigProperty(name = "cdd.password.iterations", defaultValue = "600000")
  int iterations;

  @PostConstruct
  void configure() {
    hash.initialize(Map.of("Pbkdf2PasswordHash.Algorithm", ALGORITHM, "Pbkdf2PasswordHash.Iterations", String.valueOf(iterations),
        "Pbkdf2PasswordHash.SaltSizeBytes", "32", "Pbkdf2PasswordHash.KeySizeBytes", "32"));
  }

  public String hash(String password) {
    return hash.generate(password.toCharArray());
  }

  /** Whether a stored hash ({@code algorithm:iterations:salt:hash}) is as strong as new ones. */
  public boolean isCurrent(String stored) {
    return isCurrent(stored, iterations);
  }

  static boolean isCurrent(String stored, int iterations) {
    String[] parts = stored == null ? new String[0] : stored.split(":");
    if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
      return false;
    }
    try {
      return Integer.parseInt(parts[1]) >= iterations;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
