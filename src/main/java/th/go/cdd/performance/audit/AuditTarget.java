package th.go.cdd.performance.audit;

/**
 * What an act was done to, for filtering and reading: any of a report, a person, a province and a
 * round (ids), and a label a person can read.
 */
public record AuditTarget(Long reportId, String personUsername, String provinceCode, Long roundId, String label) {}
