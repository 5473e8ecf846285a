/**
 * The crash and database-outage runs (issue 5): the product WAR plus a test-only servlet
 * ({@link th.go.cdd.performance.chaos.ChaosServlet}) that calls the real services, Payara Micro as a
 * child process killed with SIGKILL and restarted, and a throwaway PostgreSQL cluster that the
 * outage run stops and starts. Run: {@code mvn -Pchaos -DskipTests package}; results in
 * target/chaos/summary.md. The backup and restore drill ({@link th.go.cdd.performance.chaos.RestoreDrill}):
 * point-in-time recovery of a cluster started with a WAL archive by {@code server-config/restore-drill.sh},
 * the application on the copy and every signature chain verified by
 * {@link th.go.cdd.performance.chaos.ChainsServlet}; alone: {@link th.go.cdd.performance.chaos.RestoreDrillMain}
 * (docs/operations.md).
 */
package th.go.cdd.performance.chaos;
