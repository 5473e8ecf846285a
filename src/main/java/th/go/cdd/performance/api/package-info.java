/**
 * The REST API for the department's other systems, under /api/v1 and described at /openapi: programs
 * and rounds, a province's reports, one report's content, evidence and signatures, verification by
 * code, the dashboard's counts and the national roll-up, and a staff member's own tasks, figures and
 * submission. Resources are thin: each calls the same service the pages call, as the caller's
 * account, so {@code AccessPolicy} decides what it sees. {@link ApiAccessFilter} says who the caller
 * is (a signed-in session, or an API token that reads as an account) and refuses with a problem
 * document ({@link Problems}, RFC 9457) in Thai and English.
 */
package th.go.cdd.performance.api;
