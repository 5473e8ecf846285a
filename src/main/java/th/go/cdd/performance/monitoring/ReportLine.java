package th.go.cdd.performance.monitoring;

import java.io.Serializable;
import java.time.LocalDate;
import th.go.cdd.performance.report.ReportStatus;

/**
 * One staff member's report in a list that administrators watch: where it stands, how late it is
 * and who holds it now. {@code reportId} and {@code status} are null while the round has not
 * opened for the staff member; {@code started} is false for an untouched draft.
 */
public record ReportLine(Long reportId, String staffName, String provinceTh, String groupTh, int roundNumber,
    ReportStatus status, boolean started, LocalDate dueDate, long daysLate, Holder holder) implements Serializable {

  /** The state shown in lists: NOT_STARTED for no report or an untouched draft. */
  public String getState() {
    if (status == null || (status == ReportStatus.DRAFT && !started)) {
      return "NOT_STARTED";
    }
    return status.name();
  }

  public Long getReportId() { return reportId; }
  public String getStaffName() { return staffName; }
  public String getProvinceTh() { return provinceTh; }
  public String getGroupTh() { return groupTh; }
  public int getRoundNumber() { return roundNumber; }
  public LocalDate getDueDate() { return dueDate; }
  public long getDaysLate() { return daysLate; }
  public Holder getHolder() { return holder; }
}
