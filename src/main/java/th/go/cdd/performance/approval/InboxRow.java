package th.go.cdd.performance.approval;

import java.time.Instant;
import java.time.LocalDate;
import th.go.cdd.performance.report.ReportStatus;

/** One line of an inbox: a report and where it stands (getters, for Jakarta EL 5). */
public final class InboxRow {
  private final Long reportId;
  private final String staffName;
  private final String provinceTh;
  private final String programTh;
  private final int roundNumber;
  private final LocalDate dueDate;
  private final ReportStatus status;
  private final boolean overdue;
  private final String pendingAssignee;
  private final Instant updatedAt;

  public InboxRow(Long reportId, String staffTitle, String staffFirstName, String staffLastName, String provinceTh, String programTh,
      int roundNumber, LocalDate dueDate, ReportStatus status, boolean overdue, String pendingAssignee, Instant updatedAt) {
    this.reportId = reportId;
    this.staffName = (staffTitle == null ? "" : staffTitle) + staffFirstName + " " + staffLastName;
    this.provinceTh = provinceTh;
    this.programTh = programTh;
    this.roundNumber = roundNumber;
    this.dueDate = dueDate;
    this.status = status;
    this.overdue = overdue;
    this.pendingAssignee = pendingAssignee;
    this.updatedAt = updatedAt;
  }

  public Long getReportId() {
    return reportId;
  }

  public String getStaffName() {
    return staffName;
  }

  public String getProvinceTh() {
    return provinceTh;
  }

  public String getProgramTh() {
    return programTh;
  }

  public int getRoundNumber() {
    return roundNumber;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public ReportStatus getStatus() {
    return status;
  }

  /** Whether the line is marked overdue: the report is open (see {@link ReportStatus#OPEN}) and its due date has passed. */
  public boolean isOverdue() {
    return overdue && isOpen();
  }

  /** Whether the report still waits for someone: its due date still matters (the page shows how near or late it is). */
  public boolean isOpen() {
    return status != null && status.isOpen();
  }

  /** The approver who took the task from their group, while it waits at an approver's step; null otherwise. */
  public String getClaimedBy() {
    return ApprovalStep.approverAt(status).isPresent() ? pendingAssignee : null;
  }

  public String getPendingAssignee() {
    return pendingAssignee;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
