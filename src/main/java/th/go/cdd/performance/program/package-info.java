/**
 * The program year as data: the circular, cohorts and their contract periods, the 76 provinces,
 * the reporting rounds and the KPI framework; loaded from a data file, never hard-coded.
 */
package th.go.cdd.performance.program;
