package th.go.cdd.performance.migration;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The first thing the application does at start-up, before the engine (which depends on it) and before any
 * request: brings the database schema to this release's (cdd.schema.migrate=true, the default), or, when an
 * operator runs the migrations first with migrate.sh (cdd.schema.migrate=false), refuses to start on a
 * schema with change sets still to run, naming them. Outside any transaction: PostgreSQL's DDL is transactional.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseSchema {
  private static final Logger LOG = Logger.getLogger(DatabaseSchema.class.getName());

  @Resource(lookup = "jdbc/cdd")
  private DataSource dataSource;

  @Inject
  @ConfigProperty(name = "cdd.schema.migrate", defaultValue = "true")
  private boolean migrate;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // lifecycle callbacks take only their own attribute
  void start() {
    long t0 = System.nanoTime();
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      try {
        if (migrate) {
          new SchemaMigration(connection).migrate();
        } else {
          List<String> pending = new SchemaMigration(connection).pending();
          if (!pending.isEmpty()) {
            throw new SchemaMigrationFailed(new IllegalStateException(pending.size() + " change sets have not run (" + pending.get(0)
                + (pending.size() > 1 ? ", …" : "") + "): run ./migrate.sh first, or start with cdd.schema.migrate=true"));
          }
          LOG.info("database schema up to date (cdd.schema.migrate=false: checked, not migrated)");
        }
      } finally {
        connection.setAutoCommit(autoCommit); // Liquibase turns it off; the pool's next user gets the connection as it was
      }
    } catch (SQLException e) {
      throw new SchemaMigrationFailed(e);
    }
    LOG.info(() -> String.format("database schema ready in %d ms", (System.nanoTime() - t0) / 1_000_000));
  }
}
