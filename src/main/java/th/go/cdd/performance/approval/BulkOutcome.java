package th.go.cdd.performance.approval;

import java.io.Serializable;

/** What happened to one report of a bulk signing: signed, or refused with a message key and its arguments. */
public record BulkOutcome(long reportId, String staffName, boolean signed, String messageKey, Object[] args) implements Serializable {
  public long getReportId() {
    return reportId;
  }

  public String getStaffName() {
    return staffName;
  }

  public boolean isSigned() {
    return signed;
  }

  public String getMessageKey() {
    return messageKey;
  }

  public Object[] getArgs() {
    return args;
  }
}
