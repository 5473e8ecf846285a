/**
 * What a supervisor asks of a running server besides readiness: is every request and job thread
 * still moving? A thread busy for longer than any request or job should take means it waits on
 * something that will not come (a lock nobody will release), and the server is better restarted
 * than left to hang quietly.
 */
package th.go.cdd.performance.health;
