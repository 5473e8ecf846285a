/**
 * Watching the rounds: the dashboard of every province's progress, a province's list of reports,
 * the overdue list with who holds each late report, the national KPI roll-up and the process
 * trail of one report. {@link th.go.cdd.performance.monitoring.Holders} is the one answer to who
 * holds a report now: the lists name them and the reminders mail them. Every query aggregates in
 * the database and is narrowed to what the signed-in user may see
 * ({@link th.go.cdd.performance.monitoring.MonitoringScope}).
 */
package th.go.cdd.performance.monitoring;
