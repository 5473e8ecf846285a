package th.go.cdd.performance.assignment;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a supervisor writes for an assigned KPI: title (Thai, English optional), unit and target,
 * evidence expected, the five levels' descriptions and, optionally, a threshold per level.
 */
public record AssignedKpiText(String titleTh, String titleEn, String unitTh, String evidenceExpectedTh, List<String> levelsTh,
    List<BigDecimal> thresholds) {}
