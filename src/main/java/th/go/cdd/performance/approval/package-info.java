/**
 * The approval chain: submitting, recalling, approving, signing and returning a report; the
 * signatures with their chained hashes; the inbox of tasks. {@link ApprovalStep} is the one model
 * of the chain's steps (task keys, statuses, roles, candidate groups, decisions) that the other
 * packages ask.
 */
package th.go.cdd.performance.approval;
