/** The dashboard, a province's reports, the overdue list, the national roll-up and the nudge of a province. */
package th.go.cdd.performance.web.monitoring;
