package th.go.cdd.performance.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Table;

/**
 * A row lock taken in SQL ({@code select ... for update}) until the transaction ends, for rows of
 * reference data (a program, a round). It was needed while EclipseLink kept them in its shared cache
 * (a pessimistic {@code find} of a cached entity could leave two transactions waiting on each other,
 * one in the database and one on the cache) and stays the one way to lock them. Read the entity after
 * taking the lock (refresh it when the other transaction may have changed it).
 */
public final class RowLock {
  private RowLock() {}

  /** Takes the lock; false when there is no such row. */
  public static boolean take(EntityManager em, Class<? extends BaseEntity> entity, long id) {
    String table = entity.getAnnotation(Table.class).name();
    return !em.createNativeQuery("select id from " + table + " where id = ? for update").setParameter(1, id).getResultList().isEmpty();
  }
}
