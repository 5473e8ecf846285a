package th.go.cdd.performance.workflow;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.cdi.CdiJtaProcessEngineConfiguration;
import org.camunda.bpm.engine.cdi.impl.ManagedJobExecutor;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import th.go.cdd.performance.health.BusyEngineCommands;
import th.go.cdd.performance.health.BusyThreads;

/**
 * Builds the Camunda engine on the application's datasource and the container's transaction
 * manager, so a task completion and the application's JPA writes commit or roll back together.
 * Built outside any transaction, after the schema migrations (DatabaseSchema).
 */
@Singleton
@Startup
@DependsOn("DatabaseSchema")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WorkflowEngine {
  public static final String[] MODELS = {"bpmn/staff-program.bpmn", "bpmn/round-report.bpmn", "bpmn/send-outbox.bpmn",
      "bpmn/roster-moves.bpmn"};
  private static final Logger LOG = Logger.getLogger(WorkflowEngine.class.getName());

  @Resource(lookup = "jdbc/cdd")
  private DataSource dataSource;

  @Resource private ManagedExecutorService executor;

  @Inject private BusyThreads busy;

  /**
   * How long a server holds a job it has taken (the engine's default, 5 minutes). A job whose server died
   * while running it waits this long before another server runs it; a job running longer than this on a
   * live server may be taken by another too, so it stays well above the longest job (a roster move).
   */
  @Inject
  @ConfigProperty(name = "cdd.jobexecutor.lockSeconds", defaultValue = "300")
  private int lockSeconds;

  private ProcessEngine engine;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // lifecycle callbacks take only their own attribute
  void start() {
    long t0 = System.nanoTime();
    CdiJtaProcessEngineConfiguration cfg = new CdiJtaProcessEngineConfiguration();
    cfg.setProcessEngineName("default");
    cfg.setDataSource(dataSource);
    cfg.setTransactionManager(transactionManager());
    cfg.setTransactionsExternallyManaged(true);
    // the schema is migrated before the engine starts (DatabaseSchema); the engine only checks its version
    cfg.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
    // audit: process, activity, task and variable history (what the trail and the enrolment checks read);
    // "full" also wrote every variable change and a job log row per timer run, which nothing reads
    cfg.setHistory(ProcessEngineConfiguration.HISTORY_AUDIT);
    lowerStoredHistoryLevel();
    // history older than each process's historyTimeToLive is removed every night (01:00-05:00 Bangkok)
    cfg.setHistoryCleanupBatchWindowStartTime("01:00+0700");
    cfg.setHistoryCleanupBatchWindowEndTime("05:00+0700");
    // no decision tables or cases: the engine still builds its DMN engine, and with the default
    // (Scala) FEEL that loads a Scala runtime at every start; the small JUEL-based FEEL is enough and the
    // Scala FEEL jar is left out of the WAR (pom.xml)
    cfg.setDmnEnabled(false);
    cfg.setCmmnEnabled(false);
    cfg.setDmnFeelEnableLegacyBehavior(true);
    cfg.setMetricsEnabled(false);
    cfg.setDbMetricsReporterActivate(false);
    cfg.setIdGenerator(new StrongUuidGenerator());
    // the only object variable is the list of round ids our own code sets; no REST API accepts
    // serialized values from outside
    cfg.setJavaSerializationFormatEnabled(true);
    ManagedJobExecutor jobExecutor = new ManagedJobExecutor(executor);
    jobExecutor.setLockTimeInMillis(lockSeconds * 1000);
    cfg.setJobExecutor(jobExecutor);
    // every command, timer jobs included, counts as busy work for the liveness check (/health/live)
    cfg.setCustomPreCommandInterceptorsTxRequired(List.of(new BusyEngineCommands(busy)));
    cfg.setCustomPreCommandInterceptorsTxRequiresNew(List.of(new BusyEngineCommands(busy)));
    // started by ApplicationStartup once program and demo data are in place
    cfg.setJobExecutorActivate(false);
    cfg.setJobExecutorDeploymentAware(false);
    engine = cfg.buildProcessEngine();
    var deployment = engine.getRepositoryService().createDeployment().name("cdd-performance").enableDuplicateFiltering(true);
    for (String model : MODELS) {
      deployment.addClasspathResource(model);
    }
    deployment.deploy();
    LOG.info(() -> String.format("Camunda engine ready in %d ms", (System.nanoTime() - t0) / 1_000_000));
  }

  /**
   * A database the engine created with full history says so (historyLevel 3), and the engine refuses
   * to start with another level; lowering it to audit (2) is safe: the rows full history wrote stay
   * until the nightly cleanup removes them. A new database has no such row yet.
   */
  private void lowerStoredHistoryLevel() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("update ACT_GE_PROPERTY set VALUE_ = ? where NAME_ = 'historyLevel' and VALUE_ = ?")) {
      s.setString(1, String.valueOf(HistoryLevel.HISTORY_LEVEL_AUDIT.getId()));
      s.setString(2, String.valueOf(HistoryLevel.HISTORY_LEVEL_FULL.getId()));
      if (s.executeUpdate() > 0) {
        LOG.info("stored history level lowered from full to audit");
      }
    } catch (SQLException e) {
      LOG.fine(() -> "no engine tables yet: " + e.getMessage());
    }
  }

  private static TransactionManager transactionManager() {
    try {
      return (TransactionManager) new InitialContext().lookup("java:appserver/TransactionManager");
    } catch (NamingException e) {
      throw new IllegalStateException("no transaction manager", e);
    }
  }

  public ProcessEngine engine() {
    return engine;
  }

  public void startJobExecutor() {
    ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor().start();
  }

  @PreDestroy
  void stop() {
    if (engine != null) {
      engine.close();
    }
  }
}
