/** Servlets (evidence, summaries, posters, circular files, process models) and filters (security headers, sessions, sign-in throttle, password change, metrics access, database outage). */
package th.go.cdd.performance.web.http;
