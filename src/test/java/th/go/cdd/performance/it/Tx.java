package th.go.cdd.performance.it;

import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.util.concurrent.Callable;

/**
 * Runs a piece of an in-container test in a transaction of its own (or in the test's, if one is
 * open), rolled back if it fails: the container's non-transactional EntityManager is not safe once
 * other threads have run in the test.
 */
final class Tx {
  private Tx() {}

  static <T> T inTx(UserTransaction utx, Callable<T> work) {
    try {
      if (utx.getStatus() == Status.STATUS_ACTIVE) {
        return work.call();
      }
      utx.begin();
      try {
        T result = work.call();
        utx.commit();
        return result;
      } catch (Exception | Error e) {
        if (utx.getStatus() != Status.STATUS_NO_TRANSACTION) {
          utx.rollback();
        }
        throw e;
      }
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
