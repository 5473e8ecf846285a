package th.go.cdd.performance.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ManagementService;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * The engine's job queue for the operators' scraper: jobs due now (the job executor is behind when
 * this stays high) and jobs that failed every retry (an incident someone must look at).
 */
@ApplicationScoped
public class EngineJobGauges {
  @Inject private ManagementService management;

  /** Registers the gauges once the application has started (the registry is the application's). */
  void registerAtStart(@Observes Startup started, MetricRegistry registry) {
    registry.gauge(Metadata.builder().withName("cdd_engine_jobs_due").withDescription("Engine jobs due now and not yet run").build(), this, EngineJobGauges::due);
    registry.gauge(Metadata.builder().withName("cdd_engine_jobs_failed").withDescription("Engine jobs that failed every retry").build(), this, EngineJobGauges::failed);
  }

  public long due() {
    return management.createJobQuery().executable().count();
  }

  public long failed() {
    return management.createJobQuery().noRetriesLeft().count();
  }
}
