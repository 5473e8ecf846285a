package th.go.cdd.performance.approval;

import java.io.Serializable;
import java.time.LocalDate;

/** A report waiting for the officer's signature, as the bulk list shows it, with the version shown. */
public record BulkItem(long reportId, String staffName, int roundNumber, LocalDate dueDate, int submission) implements Serializable {
  public long getReportId() {
    return reportId;
  }

  public String getStaffName() {
    return staffName;
  }

  public int getRoundNumber() {
    return roundNumber;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public int getSubmission() {
    return submission;
  }
}
