/**
 * The program year as data: the circular, cohorts and their contract periods, the 76 provinces,
 * the reporting rounds and the KPI framework; loaded from a data file, never hard-coded, or set up
 * by administrators on the screens ({@link th.go.cdd.performance.administration.ProgramSetup}: copy last
 * year's, edit, checked by {@link th.go.cdd.performance.program.ProgramRules}) and then started.
 */
package th.go.cdd.performance.program;
