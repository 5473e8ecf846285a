package th.go.cdd.performance.migration;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.HashMap;
import java.util.Map;

/**
 * The tables today's entities expect, made as release 1.0.0 made them: EclipseLink (Payara's version, outside
 * the container) generating its DDL from the entities of the persistence unit "cdd" into a database.
 */
final class EntitySchema {
  private EntitySchema() {}

  static void createIn(ScratchDatabase db) {
    EntityManagerFactory factory = open(db, "create-or-extend-tables");
    try {
      factory.createEntityManager().close(); // deploys the unit, which writes the DDL
    } finally {
      factory.close();
    }
  }

  /** The persistence unit on a database whose tables exist, as the server opens it (no DDL). */
  static EntityManagerFactory open(ScratchDatabase db) {
    return open(db, "none");
  }

  private static EntityManagerFactory open(ScratchDatabase db, String ddl) {
    Map<String, Object> settings = new HashMap<>();
    settings.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
    settings.put("jakarta.persistence.jtaDataSource", "");
    settings.put("jakarta.persistence.jdbc.driver", db.driver());
    settings.put("jakarta.persistence.jdbc.url", db.url);
    settings.put("jakarta.persistence.jdbc.user", db.user());
    settings.put("jakarta.persistence.jdbc.password", db.password());
    settings.put("eclipselink.ddl-generation", ddl);
    settings.put("eclipselink.ddl-generation.output-mode", "database");
    settings.put("eclipselink.target-server", "None");
    settings.put("eclipselink.logging.level", "OFF");
    settings.put("eclipselink.cache.shared.default", "false");
    return Persistence.createEntityManagerFactory("cdd", settings);
  }
}
