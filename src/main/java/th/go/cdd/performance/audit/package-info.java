/**
 * The audit log: who did what to which report, account, program or province, when and why. Every
 * capability records its acts here ({@link th.go.cdd.performance.audit.AuditLog#record}), each in its
 * own transaction; administrators read it on the audit page and export it.
 */
package th.go.cdd.performance.audit;
