package th.go.cdd.performance.migration;

/** A migration that could not run; the application does not start on a schema it cannot vouch for. */
public class SchemaMigrationFailed extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SchemaMigrationFailed(Throwable cause) {
    super("the database schema could not be migrated: " + cause.getMessage(), cause);
  }
}
