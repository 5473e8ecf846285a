package th.go.cdd.performance.shared;

import jakarta.resource.ResourceException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import javax.transaction.xa.XAException;

/**
 * Whether a failure means the database cannot be reached (down, restarting, connections cut), as
 * opposed to a fault in a request: then the user is told to try again shortly, and the pool, which
 * validates its connections, recovers by itself once the database is back.
 */
public final class DatabaseOutage {
  /**
   * Payara's pool reports "cannot allocate a connection" with this exception in the chain (a
   * ResourceException from the JDBC pool, our only resource adapter, means the same).
   */
  private static final String POOLING_EXCEPTION = "com.sun.appserv.connectors.internal.api.PoolingException";

  private DatabaseOutage() {}

  public static boolean causedBy(Throwable failure) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
      if (t instanceof SQLException sql && connectionLost(sql) || t instanceof ConnectException || t instanceof ResourceException
          || POOLING_EXCEPTION.equals(t.getClass().getName()) || t instanceof XAException xa && lostAtCommit(xa)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A connection cut while the transaction commits: Payara's pool turns the resource adapter's
   * exception into an XAException that carries it only in its message.
   */
  private static boolean lostAtCommit(XAException e) {
    return e.errorCode == XAException.XAER_RMFAIL || e.errorCode == XAException.XA_RBCOMMFAIL
        || String.valueOf(e.getMessage()).contains("jakarta.resource.");
  }

  private static boolean connectionLost(SQLException e) {
    for (SQLException s = e; s != null; s = s.getNextException()) {
      String state = s.getSQLState();
      // 08: connection exception; 57P01-57P03: the server is shutting down, crashed or starting
      if (s instanceof SQLTransientConnectionException || s instanceof SQLNonTransientConnectionException
          || state != null && (state.startsWith("08") || state.startsWith("57P0"))) {
        return true;
      }
    }
    return false;
  }
}
