/**
 * What the department's administrators (and provincial officers for their province) do to keep the
 * rounds going: reassigning an approver's tasks, extending a due date, ending a staff member's
 * participation, naming substitutes; every such act is written to the audit log in its own
 * transaction, with its reason.
 */
package th.go.cdd.performance.administration;
