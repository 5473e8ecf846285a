package th.go.cdd.performance.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which stored hashes are as strong as new ones, by the algorithm and count they name. */
class PasswordsTest {
  @Test
  void aHashIsCurrentOnlyWithTheSameAlgorithmAndAtLeastTheIterationsOfNewOnes() {
    assertThat(Passwords.isCurrent("PBKDF2WithHmacSHA256:600000:c2FsdA==:aGFzaA==", 600_000)).isTrue();
    assertThat(Passwords.isCurrent("PBKDF2WithHmacSHA256:700000:c2FsdA==:aGFzaA==", 600_000)).isTrue();
    assertThat(Passwords.isCurrent("PBKDF2WithHmacSHA256:2048:c2FsdA==:aGFzaA==", 600_000)).isFalse();
    assertThat(Passwords.isCurrent("PBKDF2WithHmacSHA1:600000:c2FsdA==:aGFzaA==", 600_000)).isFalse();
    assertThat(Passwords.isCurrent("-", 600_000)).as("a demo account without a password").isFalse();
    assertThat(Passwords.isCurrent(null, 600_000)).isFalse();
    assertThat(Passwords.isCurrent("PBKDF2WithHmacSHA256:many:c2FsdA==:aGFzaA==", 600_000)).isFalse();
  }
}
