package th.go.cdd.performance.security;

import io.github.bucket4j.BucketExceptions;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.ExpiredEntriesCleaner;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.AbstractSelectForUpdateBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.LockAndGetResult;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.SelectForUpdateBasedTransaction;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * Bucket4j's distributed buckets in the {@code sign_in_allowance} table ({@link SignInAllowance}), the
 * way Bucket4j's own PostgreSQL and MySQL modules keep them: each operation locks the bucket's row with
 * SELECT ... FOR UPDATE, computes the new state and writes it back, in a local transaction on a
 * connection of its own that is committed before the operation returns. A bucket seen for the first
 * time gets an empty row first (committed on its own, then locked). The SQL is what H2 and PostgreSQL
 * both run: a duplicate key on that first insert means another server made the row, and the lock is
 * simply taken on that one.
 *
 * <p>Each row carries the moment its bucket is full again ({@code expiresAt}, Bucket4j's
 * expiration-after-write up to a full bucket): a row past it says nothing a missing row would not, so
 * {@link #inUse} ignores it and {@link #removeExpired} deletes it.
 */
final class AllowanceTable extends AbstractSelectForUpdateBasedProxyManager<String> implements ExpiredEntriesCleaner {
  private static final String LOCK = "SELECT STATE FROM SIGN_IN_ALLOWANCE WHERE ID = ? FOR UPDATE";
  private static final String INSERT = "INSERT INTO SIGN_IN_ALLOWANCE (ID, STATE, EXPIRESAT) VALUES (?, NULL, ?)";
  private static final String UPDATE = "UPDATE SIGN_IN_ALLOWANCE SET STATE = ?, EXPIRESAT = ? WHERE ID = ?";
  private static final String DELETE = "DELETE FROM SIGN_IN_ALLOWANCE WHERE ID = ?";
  private static final String IN_USE = "SELECT COUNT(*) FROM SIGN_IN_ALLOWANCE WHERE ID = ? AND STATE IS NOT NULL AND EXPIRESAT > ?";
  private static final String REMOVE_EXPIRED =
      "DELETE FROM SIGN_IN_ALLOWANCE WHERE ID IN (SELECT ID FROM SIGN_IN_ALLOWANCE WHERE EXPIRESAT <= ? ORDER BY EXPIRESAT LIMIT ?)";
  /** How long an empty row made for a new bucket is kept from {@link #removeExpired} before its first state is written. */
  private static final long EMPTY_ROW_MILLIS = Duration.ofMinutes(1).toMillis();
  private static final ExpirationAfterWriteStrategy UNTIL_FULL = ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO);

  private final DataSource dataSource;
  private final TimeMeter time;

  AllowanceTable(DataSource dataSource, TimeMeter time) {
    super(ClientSideConfig.getDefault().withClientClock(time).withExpirationAfterWriteStrategy(UNTIL_FULL));
    this.dataSource = dataSource;
    this.time = time;
  }

  @Override
  public boolean isExpireAfterWriteSupported() {
    return true;
  }

  /** Whether this bucket has a row that is not yet full again; without one the bucket is whole. */
  boolean inUse(String key) {
    try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(IN_USE)) {
      s.setString(1, key);
      s.setLong(2, nowMillis());
      try (ResultSet rows = s.executeQuery()) {
        rows.next();
        return rows.getLong(1) > 0;
      }
    } catch (SQLException e) {
      throw BucketExceptions.from(e);
    }
  }

  @Override
  public void removeProxy(String key) {
    try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(DELETE)) {
      s.setString(1, key);
      s.executeUpdate();
    } catch (SQLException e) {
      throw BucketExceptions.from(e);
    }
  }

  /** Deletes at most {@code batchSize} rows whose buckets are full again; how many it deleted. */
  @Override
  public int removeExpired(int batchSize) {
    try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(REMOVE_EXPIRED)) {
      s.setLong(1, nowMillis());
      s.setInt(2, batchSize);
      return s.executeUpdate();
    } catch (SQLException e) {
      throw BucketExceptions.from(e);
    }
  }

  @Override
  protected SelectForUpdateBasedTransaction allocateTransaction(String key, Optional<Long> timeout) {
    try {
      return new RowTransaction(dataSource.getConnection(), key);
    } catch (SQLException e) {
      throw BucketExceptions.from(e);
    }
  }

  private long nowMillis() {
    return TimeUnit.NANOSECONDS.toMillis(time.currentTimeNanos());
  }

  /** One bucket operation's local transaction on its own connection. */
  private final class RowTransaction implements SelectForUpdateBasedTransaction {
    private final Connection connection;
    private final String key;

    RowTransaction(Connection connection, String key) {
      this.connection = connection;
      this.key = key;
    }

    @Override
    public void begin(Optional<Long> timeout) {
      try {
        connection.setAutoCommit(false);
      } catch (SQLException e) {
        throw BucketExceptions.from(e);
      }
    }

    @Override
    public LockAndGetResult tryLockAndGet(Optional<Long> timeout) {
      try (PreparedStatement s = connection.prepareStatement(LOCK)) {
        applyTimeout(s, timeout);
        s.setString(1, key);
        try (ResultSet rows = s.executeQuery()) {
          return rows.next() ? LockAndGetResult.locked(rows.getBytes(1)) : LockAndGetResult.notLocked();
        }
      } catch (SQLException e) {
        throw BucketExceptions.from(e);
      }
    }

    @Override
    public boolean tryInsertEmptyData(Optional<Long> timeout) {
      try (PreparedStatement s = connection.prepareStatement(INSERT)) {
        applyTimeout(s, timeout);
        s.setString(1, key);
        s.setLong(2, nowMillis() + EMPTY_ROW_MILLIS);
        return s.executeUpdate() > 0;
      } catch (SQLException e) {
        if (isDuplicateKey(e)) {
          return false; // another server made the row first; the caller rolls back and locks that one
        }
        throw BucketExceptions.from(e);
      }
    }

    @Override
    public void update(byte[] data, RemoteBucketState newState, Optional<Long> timeout) {
      try (PreparedStatement s = connection.prepareStatement(UPDATE)) {
        applyTimeout(s, timeout);
        long now = time.currentTimeNanos();
        s.setBytes(1, data);
        s.setLong(2, TimeUnit.NANOSECONDS.toMillis(now) + Math.max(0, UNTIL_FULL.calculateTimeToLiveMillis(newState, now)));
        s.setString(3, key);
        s.executeUpdate();
      } catch (SQLException e) {
        throw BucketExceptions.from(e);
      }
    }

    @Override
    public void commit(Optional<Long> timeout) {
      try {
        connection.commit();
      } catch (SQLException e) {
        throw BucketExceptions.from(e);
      }
    }

    @Override
    public void rollback() {
      try {
        connection.rollback();
      } catch (SQLException e) {
        throw BucketExceptions.from(e);
      }
    }

    @Override
    public void release() {
      try (connection) {
        connection.setAutoCommit(true); // the pool hands the connection on as it was given
      } catch (SQLException e) {
        throw BucketExceptions.from(e);
      }
    }
  }

  private static boolean isDuplicateKey(SQLException e) {
    return e.getSQLState() != null && e.getSQLState().startsWith("23");
  }
}
