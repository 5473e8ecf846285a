/**
 * What the integration tests, the chaos runs and the benchmarks share to drive the application:
 * {@link th.go.cdd.performance.testing.JsfClient}, one browser over plain HTTP that signs in and
 * posts JSF forms as a browser does. (The browser tests' own base is in the it package, beside
 * their deployments.)
 */
package th.go.cdd.performance.testing;
