/**
 * The inbox's query plans, run by a command (no server, not the test suite): the schema made by the
 * application's migrations on a scratch PostgreSQL database and an H2 file database, a country's deadline
 * written by set-based SQL, and the inbox's own reads explained and timed ({@link
 * th.go.cdd.performance.bench.inbox.InboxPlans}).
 */
package th.go.cdd.performance.bench.inbox;
