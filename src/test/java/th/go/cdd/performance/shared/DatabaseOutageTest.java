package th.go.cdd.performance.shared;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {
  @Test
  void aRefusedConnectionDeepInTheChainIsAnOutage() {
    var refused = new SQLException("Connection to 127.0.0.1:5499 refused", "08001");
    assertThat(DatabaseOutage.causedBy(new RuntimeException(new PersistenceException(refused)))).isTrue();
  }

  @Test
  void theServerShuttingDownIsAnOutage() {
    assertThat(DatabaseOutage.causedBy(new SQLException("terminating connection due to administrator command", "57P01"))).isTrue();
  }

  @Test
  void anOutageReportedAsTheNextExceptionIsFound() {
    var batch = new SQLException("batch failed", "XX000");
    batch.setNextException(new SQLException("I/O error", "08006"));
    assertThat(DatabaseOutage.causedBy(batch)).isTrue();
  }

  @Test
  void aSocketRefusedIsAnOutage() {
    assertThat(DatabaseOutage.causedBy(new IllegalStateException(new ConnectException("Connection refused")))).isTrue();
  }

  @Test
  void aConnectionClosedWhileCommittingIsAnOutage() {
    // as Payara reports it: SystemException caused by an XAException holding the pool's message only
    var xa = new javax.transaction.xa.XAException("jakarta.resource.spi.LocalTransactionException: This connection has been closed.");
    xa.errorCode = javax.transaction.xa.XAException.XAER_RMERR;
    var commit = new jakarta.transaction.SystemException();
    commit.initCause(xa);
    assertThat(DatabaseOutage.causedBy(new jakarta.ejb.EJBException(commit))).isTrue();
  }

  @Test
  void aTransactionRolledBackForABusinessReasonIsNotAnOutage() {
    var xa = new javax.transaction.xa.XAException("heuristic rollback");
    xa.errorCode = javax.transaction.xa.XAException.XA_HEURRB;
    assertThat(DatabaseOutage.causedBy(new jakarta.ejb.EJBException(new RuntimeException(xa)))).isFalse();
  }

  @Test
  void aConstraintViolationIsNotAnOutage() {
    assertThat(DatabaseOutage.causedBy(new PersistenceException(new SQLException("duplicate key", "23505")))).isFalse();
  }

  @Test
  void aFailureWithoutCauseIsNotAnOutage() {
    assertThat(DatabaseOutage.causedBy(new IllegalArgumentException("bad id"))).isFalse();
  }
}
