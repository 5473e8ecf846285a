package th.go.cdd.performance.migration;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;

/**
 * The engine as the application configures it (audit history, no decisions or cases, strong ids),
 * outside a server: plain JDBC transactions, the engine's own connection pool, no job executor.
 * The schema tests and the surge bench's standalone line use it.
 */
public final class StandaloneEngine {
  private StandaloneEngine() {}

  /** schemaUpdate "true": release 1.0.0's way, the engine creates its own tables; "false": it only checks them. */
  static ProcessEngine on(ScratchDatabase db, String schemaUpdate) {
    return on(db, schemaUpdate, Map.of());
  }

  /** With the beans the models call by name (the process tests' fakes stand in for the server's). */
  static ProcessEngine on(ScratchDatabase db, String schemaUpdate, Map<Object, Object> beans) {
    return on("schema-" + db.name, db.url, db.user(), db.password(), schemaUpdate, beans);
  }

  /** On any database by its JDBC URL (PostgreSQL or H2, the driver from the URL). */
  public static ProcessEngine on(String name, String url, String user, String password, String schemaUpdate, Map<Object, Object> beans) {
    StandaloneProcessEngineConfiguration cfg = new StandaloneProcessEngineConfiguration();
    cfg.setProcessEngineName(name);
    cfg.setJdbcUrl(url);
    cfg.setJdbcDriver(url.startsWith("jdbc:postgresql:") ? "org.postgresql.Driver" : "org.h2.Driver");
    cfg.setJdbcUsername(user);
    cfg.setJdbcPassword(password);
    cfg.setDatabaseSchemaUpdate(schemaUpdate);
    cfg.setHistory(ProcessEngineConfiguration.HISTORY_AUDIT);
    cfg.setDmnEnabled(false);
    cfg.setCmmnEnabled(false);
    cfg.setDmnFeelEnableLegacyBehavior(true); // as in the server: the Scala FEEL engine is not on the class path
    cfg.setMetricsEnabled(false);
    cfg.setDbMetricsReporterActivate(false);
    cfg.setJobExecutorActivate(false);
    cfg.setIdGenerator(new StrongUuidGenerator());
    cfg.setJavaSerializationFormatEnabled(true);
    cfg.setBeans(beans);
    return cfg.buildProcessEngine();
  }
}
