/**
 * Benchmarks run by a command (a Maven profile), not by the test suite: they start the real WAR in
 * Payara Micro, fill a database with a realistic year and print the figures they measure.
 */
package th.go.cdd.performance.bench;
