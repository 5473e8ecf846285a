package th.go.cdd.performance.security;

import io.github.bucket4j.BucketConfiguration;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * Failed sign-ins per client address: a token bucket (Bucket4j) of {@code cdd.login.addressMaxFailures}
 * failures refilled evenly over {@code cdd.login.addressWindowMinutes}. An address whose bucket is
 * empty is answered 429 before its password is checked (see {@code web/SignInThrottleFilter}) until a
 * token comes back, so one machine cannot try passwords across many staff numbers. Only failures
 * take a token: an office behind one address signs in as often as it likes. The buckets are in the
 * database ({@link SignInAllowances}), so the allowance is one for all the servers of a cluster, and
 * an address's row is deleted once its bucket is full again.
 */
@ApplicationScoped
public class SignInThrottle {
  private static final String KEY = "address ";
  private static final Duration SHORTEST_WAIT = Duration.ofSeconds(1);

  @Inject private LoginSettings settings;
  @Inject private SignInAllowances allowances;

  private BucketConfiguration limit;

  protected SignInThrottle() {}

  /** For tests outside the container. */
  SignInThrottle(SignInAllowances allowances, int capacity, Duration window) {
    this.allowances = allowances;
    this.limit = limit(capacity, window);
  }

  @PostConstruct
  void start() {
    limit = limit(settings.addressMaxFailures(), settings.addressWindow());
  }

  private static BucketConfiguration limit(int capacity, Duration window) {
    return BucketConfiguration.builder().addLimit(l -> l.capacity(capacity).refillGreedy(capacity, window)).build();
  }

  /** How long this address must wait before its next sign-in is checked; zero when it may try now. */
  public Duration waitFor(String address) {
    Duration wait = allowances.waitFor(key(address), limit);
    // the refill is even over the window, so one token comes back after window / capacity at most
    return wait.isZero() || wait.compareTo(SHORTEST_WAIT) >= 0 ? wait : SHORTEST_WAIT;
  }

  /** A failed sign-in from this address takes one token. */
  public void failed(String address) {
    allowances.take(key(address), limit);
  }

  private static String key(String address) {
    return KEY + (address == null ? "" : address);
  }
}
