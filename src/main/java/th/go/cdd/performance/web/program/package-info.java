/** Program years and their set-up (cohorts, rounds, KPIs, weights), circulars, orientation attendance, QR posters and the KPIs a province or a director assigns. */
package th.go.cdd.performance.web.program;
