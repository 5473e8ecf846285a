package th.go.cdd.performance.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {
  private final MovableClock clock = new MovableClock(Instant.parse("2026-12-02T08:00:00Z"));
  private final AllowanceDatabase database = new AllowanceDatabase();

  SignInThrottleTest() throws Exception {}

  @AfterEach
  void close() throws Exception {
    database.close();
  }

  @Test
  void anAddressIsHeldOnceItsFailuresUseUpTheBucketAndOnlyThatAddress() {
    SignInThrottle throttle = new SignInThrottle(database.server(clock), 3, Duration.ofMinutes(15));
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
    SignInThrottle throttle = new SignInThrottle(database.server(clock), 3, Duration.ofMinutes(15));
    for (int i = 0; i < 3; i++) {
      throttle.failed("203.0.113.9");
    }
    Duration wait = throttle.waitFor("203.0.113.9");
    clock.advance(wait);
    assertThat(throttle.waitFor("203.0.113.9")).as("one token back after the wait it announced").isZero();
    throttle.failed("203.0.113.9");
    assertThat(throttle.waitFor("203.0.113.9")).isPositive();
  }

  @Test
  void twoServersOnOneDatabaseShareOneAllowance() {
    SignInThrottle first = new SignInThrottle(database.server(clock), 30, Duration.ofMinutes(15));
    SignInThrottle second = new SignInThrottle(database.server(clock), 30, Duration.ofMinutes(15));
    for (int i = 0; i < 29; i++) {
      (i % 2 == 0 ? first : second).failed("203.0.113.9");
    }
    assertThat(first.waitFor("203.0.113.9")).as("29 of 30 used, across both").isZero();
    assertThat(second.waitFor("203.0.113.9")).isZero();
    second.failed("203.0.113.9");
    assertThat(first.waitFor("203.0.113.9")).as("the 30th, taken on the other server").isPositive();
    assertThat(second.waitFor("203.0.113.9")).isPositive();
  }

  @Test
  void anAddressWhoseBucketIsFullAgainLeavesNoRowBehind() throws Exception {
    SignInThrottle throttle = new SignInThrottle(database.server(clock), 3, Duration.ofMinutes(15));
    throttle.failed("203.0.113.9");
    throttle.failed("198.51.100.7");
    assertThat(database.rows()).isEqualTo(2);
    clock.advance(Duration.ofMinutes(16));
    assertThat(throttle.waitFor("203.0.113.9")).as("a row past its expiry reads as a full bucket").isZero();
    throttle.failed("192.0.2.1");
    assertThat(database.rows()).as("the two full again deleted when a failure is next counted").isEqualTo(1);
  }
}
