/**
 * The demo year: a copy of the 2564 program moved so that today falls in round 2, two provinces
 * with their staff, directors and officers, and reports driven through the real services into
 * every state. Loaded once, and only when enabled (cdd.demo.enabled, default false; the run profile turns it on).
 */
package th.go.cdd.performance.demo;
