/** The administrators' pages: accounts, task reassignment and due dates, substitutes, holidays, the outbox, the roster and the audit log. */
package th.go.cdd.performance.web.administration;
