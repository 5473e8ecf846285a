package th.go.cdd.performance.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {
  private final MovableClock clock = new MovableClock(Instant.parse("2026-12-02T08:00:00Z"));

  @Test
  void anAddressIsHeldOnceItsFailuresUseUpTheBucketAndOnlyThatAddress() {
    SignInThrottle throttle = new SignInThrottle(clock, 3, Duration.ofMinutes(15));
    for (int i = 0; i < 2; i++) {
      throttle.failed("203.0.113.9");
    }
    assertThat(throttle.waitFor("203.0.113.9")).isZero();
    throttle.failed("203.0.113.9");
    assertThat(throttle.waitFor("203.0.113.9")).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(5));
    assertThat(throttle.waitFor("198.51.100.7")).as("another address").isZero();
  }

  @Test
  void theBucketRefillsEvenlyOverTheWindow() {
    SignInThrottle throttle = new SignInThrottle(clock, 3, Duration.ofMinutes(15));
    for (int i = 0; i < 3; i++) {
      throttle.failed("203.0.113.9");
    }
    Duration wait = throttle.waitFor("203.0.113.9");
    clock.advance(wait);
    assertThat(throttle.waitFor("203.0.113.9")).as("one token back after the wait it announced").isZero();
    throttle.failed("203.0.113.9");
    assertThat(throttle.waitFor("203.0.113.9")).isPositive();
  }
}
