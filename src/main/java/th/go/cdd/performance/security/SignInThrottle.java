package th.go.cdd.performance.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;

/**
 * Failed sign-ins per client address: a token bucket (Bucket4j) of {@code cdd.login.addressMaxFailures}
 * failures refilled evenly over {@code cdd.login.addressWindowMinutes}. An address whose bucket is
 * empty is answered 429 before its password is checked (see {@code web/SignInThrottleFilter}) until a
 * token comes back, so one machine cannot try passwords across many staff numbers. Only failures
 * take a token: an office behind one address signs in as often as it likes. The buckets sit in a
 * bounded map that forgets an address once its bucket would be full again, so a flood of addresses
 * cannot exhaust the memory (at worst it pushes older addresses out early).
 */
@ApplicationScoped
public class SignInThrottle {
  private static final int MAX_ADDRESSES = 100_000;

  @Inject private LoginSettings settings;
  @Inject private Clock clock;

  private int capacity;
  private Duration window;
  private Cache<String, Bucket> buckets;

  protected SignInThrottle() {}

  /** For tests outside the container. */
  SignInThrottle(Clock clock, int capacity, Duration window) {
    this.clock = clock;
    init(capacity, window);
  }

  @PostConstruct
  void start() {
    init(settings.addressMaxFailures(), settings.addressWindow());
  }

  private void init(int capacity, Duration window) {
    this.capacity = capacity;
    this.window = window;
    this.buckets = Caffeine.newBuilder().maximumSize(MAX_ADDRESSES).expireAfterAccess(window)
        .ticker(() -> clock.millis() * 1_000_000L).build();
  }

  /** How long this address must wait before its next sign-in is checked; zero when it may try now. */
  public Duration waitFor(String address) {
    Bucket bucket = buckets.getIfPresent(key(address));
    if (bucket == null || bucket.getAvailableTokens() > 0) {
      return Duration.ZERO;
    }
    // the refill is even over the window, so one token comes back after window / capacity at most
    return Duration.ofNanos(Math.max(1_000_000_000L, bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill()));
  }

  /** A failed sign-in from this address takes one token. */
  public void failed(String address) {
    buckets.get(key(address), a -> newBucket()).tryConsume(1);
  }

  private Bucket newBucket() {
    TimeMeter time = new TimeMeter() {
      @Override
      public long currentTimeNanos() {
        return clock.millis() * 1_000_000L;
      }

      @Override
      public boolean isWallClockBased() {
        return true;
      }
    };
    return Bucket.builder().addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, window))
        .withCustomTimePrecision(time).build();
  }

  private static String key(String address) {
    return address == null ? "" : address;
  }
}
