package th.go.cdd.performance.approval;

import th.go.cdd.performance.report.ReportStatus;

/** What an inbox is narrowed to; every part is optional. */
public record InboxFilter(String name, Integer roundNumber, ReportStatus status, boolean overdueOnly, boolean openOnly) {
  public static InboxFilter none() {
    return new InboxFilter(null, null, null, false, false);
  }
}
