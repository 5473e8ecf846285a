package th.go.cdd.performance.report;

/** Where a report stands; mirrors the user task its round's process waits at. */
public enum ReportStatus {
  DRAFT,
  WITH_DIRECTOR,
  WITH_OFFICER,
  RETURNED,
  SIGNED,
  /** The staff member's participation ended before the report was signed; it no longer counts. */
  WITHDRAWN
}
