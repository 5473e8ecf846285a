package th.go.cdd.performance.workflow;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import th.go.cdd.performance.approval.ApprovalStep;

/** Ready only when the database answers and the engine is up with its models deployed. */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {
  @Resource(lookup = "jdbc/cdd")
  private DataSource dataSource;

  @Inject private ProcessEngine engine;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("cdd-performance");
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute("select 1");
      long models = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(ApprovalStep.PROCESS).count();
      return response.status(models > 0).withData("database", "up").withData("roundReportVersions", models).build();
    } catch (Exception e) {
      return response.down().withData("error", e.getClass().getSimpleName()).build();
    }
  }
}
