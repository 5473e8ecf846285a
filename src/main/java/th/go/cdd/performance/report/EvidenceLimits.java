package th.go.cdd.performance.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many evidence files a report may carry, from MicroProfile Config: per KPI
 * ({@code cdd.evidence.maxPerKpi}, 10) and per report ({@code cdd.evidence.maxPerReport}, 50). Each
 * file is up to 10 MB and the database keeps every one (a resubmitted version may list it), so
 * without a bound one report could hold any amount.
 */
@ApplicationScoped
public class EvidenceLimits {
  @Inject
  @ConfigProperty(name = "cdd.evidence.maxPerKpi", defaultValue = "10")
  int maxPerKpi;

  @Inject
  @ConfigProperty(name = "cdd.evidence.maxPerReport", defaultValue = "50")
  int maxPerReport;

  public int maxPerKpi() {
    return Math.max(1, maxPerKpi);
  }

  public int maxPerReport() {
    return Math.max(1, maxPerReport);
  }
}
