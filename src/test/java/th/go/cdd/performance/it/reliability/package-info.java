/**
 * The reliability suite (issue 5), run by {@code mvn verify} with the other Arquillian tests:
 * {@code ReliabilityIT} in the container (a hundred approval races, the bad-input corpus, the
 * access sweep over the services) and {@code ReliabilityHttpIT} as a client (the access sweep over
 * every page and download, escaping, malformed ids and uploads, forged view state, session ids in
 * URLs, logout). Each prints the table of what it tried; run with {@code -Dit.console=true} to see
 * the in-container tables in the build output.
 */
package th.go.cdd.performance.it.reliability;
