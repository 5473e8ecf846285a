/**
 * The individual performance summary of a round: per KPI the rows of target and result, the
 * figures that decide the level, and the evidence files; its immutable submitted versions.
 */
package th.go.cdd.performance.report;
