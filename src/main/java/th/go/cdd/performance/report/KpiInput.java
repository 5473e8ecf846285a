package th.go.cdd.performance.report;

import java.math.BigDecimal;
import java.util.List;

/** What the form sends for one KPI: the figures, a chosen level (free-form KPIs) and the rows. */
public record KpiInput(int kpiNumber, BigDecimal figure, BigDecimal base, Integer chosenLevel, List<KpiRow> rows) {}
