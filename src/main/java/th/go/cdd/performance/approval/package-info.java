/**
 * The approval chain: submitting, recalling, approving, signing and returning a report; the
 * signatures with their chained hashes; the inbox of tasks.
 */
package th.go.cdd.performance.approval;
