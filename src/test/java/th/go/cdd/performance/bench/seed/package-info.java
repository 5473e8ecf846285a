/**
 * Bench-only code: the surge benchmark adds these classes to a copy of the product WAR (the bench
 * WAR); they are never part of the product. They create a country's people in bulk, start their
 * processes through the engine's API, move reports through the application's own services, and
 * time approvals and the raw engine from inside the server.
 */
package th.go.cdd.performance.bench.seed;
