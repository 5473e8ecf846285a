package th.go.cdd.performance.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/** Hashes passwords for storage (PBKDF2 with HMAC-SHA256, the container's implementation). */
@ApplicationScoped
public class Passwords {
  @Inject private Pbkdf2PasswordHash hash;

  public String hash(String password) {
    return hash.generate(password.toCharArray());
  }
}
