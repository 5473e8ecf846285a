/**
 * The crash and database-outage runs (issue 5): the product WAR plus a test-only servlet
 * ({@link th.go.cdd.performance.chaos.ChaosServlet}) that calls the real services, Payara Micro as a
 * child process killed with SIGKILL and restarted, and a throwaway PostgreSQL cluster that the
 * outage run stops and starts. Run: {@code mvn -Pchaos -DskipTests package}; results in
 * target/chaos/summary.md.
 */
package th.go.cdd.performance.chaos;
