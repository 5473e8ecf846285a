package th.go.cdd.performance.security;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.BucketProxy;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Allowances of failed sign-ins, kept in the database so that every server behind the load balancer
 * counts against the same allowance at once: Bucket4j token buckets in the {@code sign_in_allowance}
 * table ({@link AllowanceTable}), one per key ("address ...", "device ...").
 *
 * <p>No operation joins the caller's transaction (NOT_SUPPORTED suspends any): each runs as its own
 * short local transaction on a connection of its own, committed before it returns. A failure counted
 * while a sign-in is checked therefore stays counted whatever becomes of that sign-in's transaction,
 * the bucket's row is locked only for the few statements of the count (not until a caller's longer
 * transaction ends), and Bucket4j can commit the empty row of a new bucket before locking it, as its
 * protocol needs; REQUIRES_NEW would give the first two but a JTA transaction Bucket4j cannot commit.
 *
 * <p>Rows of buckets that are full again are deleted by whichever server records a failure, at most
 * once a minute per server, in batches; until then they are read as missing, so the table holds at most
 * the addresses and devices that failed within their windows (and a minute more).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SignInAllowances {
  private static final Logger LOG = Logger.getLogger(SignInAllowances.class.getName());
  private static final Duration SWEEP_EVERY = Duration.ofMinutes(1);
  private static final int SWEEP_BATCH = 1_000;
  private static final int SWEEP_MAX_BATCHES = 20;

  @Resource(lookup = "jdbc/cdd")
  private DataSource dataSource;

  @Inject private Clock clock;

  private AllowanceTable table;
  private final AtomicLong nextSweep = new AtomicLong();

  public SignInAllowances() {}

  /** For tests outside the container: the allowances in this database, on this clock. */
  SignInAllowances(DataSource dataSource, Clock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
    start();
  }

  @PostConstruct
  void start() {
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
    table = new AllowanceTable(dataSource, time);
  }

  /** How long until this allowance has a failure to spare; zero when it has one now (or was never used). */
  public Duration waitFor(String key, BucketConfiguration limit) {
    if (!table.inUse(key)) {
      return Duration.ZERO;
    }
    EstimationProbe probe = bucket(key, limit).estimateAbilityToConsume(1);
    return probe.canBeConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
  }

  /** One failure taken from this allowance (none when it has none left). */
  public void take(String key, BucketConfiguration limit) {
    bucket(key, limit).tryConsume(1);
    sweepNowAndThen();
  }

  /** This allowance is whole again. */
  public void restore(String key) {
    table.removeProxy(key);
  }

  private BucketProxy bucket(String key, BucketConfiguration limit) {
    return table.builder().build(key, () -> limit);
  }

  private void sweepNowAndThen() {
    long now = clock.millis();
    long due = nextSweep.get();
    if (now < due || !nextSweep.compareAndSet(due, now + SWEEP_EVERY.toMillis())) {
      return;
    }
    try {
      for (int i = 0; i < SWEEP_MAX_BATCHES && table.removeExpired(SWEEP_BATCH) == SWEEP_BATCH; i++) {
        // another batch: a flood of addresses left more rows than one batch holds
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "could not delete the sign-in allowances that are full again; the next sweep tries again", e);
    }
  }
}
