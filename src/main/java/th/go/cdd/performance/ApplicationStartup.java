package th.go.cdd.performance;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import th.go.cdd.performance.circular.Agendas;
import th.go.cdd.performance.demo.DemoRefused;
import th.go.cdd.performance.demo.DemoYear;
import th.go.cdd.performance.program.ProgramCatalog;
import th.go.cdd.performance.reminder.Holidays;
import th.go.cdd.performance.security.FirstAdministrator;
import th.go.cdd.performance.workflow.WorkflowEngine;

/**
 * Start-up order: the engine (WorkflowEngine), then the program data files, then the demo year if
 * enabled (only into an empty database: otherwise the start stops with the reason), then the first
 * administrator if that one-time option is given, then the job executor (so demo timers are not
 * raced), then the demo logins are printed.
 */
@Singleton
@Startup
@DependsOn("WorkflowEngine")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ApplicationStartup {
  private static final Logger LOG = Logger.getLogger(ApplicationStartup.class.getName());

  @EJB private WorkflowEngine workflow;
  @EJB private ProgramCatalog catalog;
  @EJB private DemoYear demo;
  @EJB private Holidays holidays;
  @EJB private Agendas agendas;
  @EJB private FirstAdministrator firstAdministrator;

  @Inject
  @ConfigProperty(name = "cdd.demo.enabled", defaultValue = "false")
  private boolean demoEnabled;

  @Inject
  @ConfigProperty(name = "cdd.jobexecutor.enabled", defaultValue = "true")
  private boolean jobExecutorEnabled;

  /** One-time start option: the username of the first administrator of an empty database. */
  @Inject
  @ConfigProperty(name = "cdd.setup.firstAdministrator")
  private Optional<String> firstAdministratorName;

  /** Where that administrator's one-time password is written (a new file, owner-only). */
  @Inject
  @ConfigProperty(name = "cdd.setup.passwordFile", defaultValue = "first-administrator.txt")
  private String firstAdministratorPasswordFile;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // lifecycle callbacks take only their own attribute
  void start() {
    catalog.loadIfAbsent(ProgramCatalog.read(ProgramCatalog.PROGRAM_2564));
    agendas.seedIfEmpty(ProgramCatalog.read(ProgramCatalog.PROGRAM_2564).code(), Agendas.AGENDA_2564);
    // before the demo year: its timers count working days
    holidays.seedIfEmpty();
    if (demoEnabled) {
      try {
        demo.loadIfAbsent();
      } catch (DemoRefused e) {
        LOG.severe(e.getMessage());
        throw e; // the application does not start
      }
    }
    firstAdministratorName.filter(name -> !name.isBlank())
        .ifPresent(name -> firstAdministrator.createIfNone(name.strip(), Path.of(firstAdministratorPasswordFile)));
    if (jobExecutorEnabled) {
      workflow.startJobExecutor();
    }
    if (demoEnabled) {
      LOG.info(demo.loginsBanner());
    }
  }
}
