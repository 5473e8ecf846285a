package th.go.cdd.performance.program;

/** How a KPI's level is decided. */
public enum KpiKind {
  /** Milestones reached, 0 to 5 (KPIs 1 and 5). */
  STAGED,
  /** A share of a base, in percent (KPI 2). */
  PERCENTAGE,
  /** A count compared with thresholds (KPIs 3, 4, 6). */
  COUNT,
  /** Described by the supervisor; the level is chosen, not computed (KPIs 7-10). */
  FREE_FORM
}
