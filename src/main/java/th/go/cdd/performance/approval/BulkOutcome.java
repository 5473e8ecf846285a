package th.go.cdd.performance.approval;

import java.io.Serializable;

/**
 * What happened to one report of a bulk signing: signed, or refused with a message key and its arguments
 * (kept as they are when they serialize, as text otherwise: the outcomes live in the page's view state).
 */
public record BulkOutcome(long reportId, String staffName, boolean signed, String messageKey, Serializable[] args) implements Serializable {
  public BulkOutcome(long reportId, String staffName, boolean signed, String messageKey, Object[] args) {
    this(reportId, staffName, signed, messageKey, java.util.Arrays.stream(args)
        .map(a -> a == null || a instanceof Serializable ? (Serializable) a : String.valueOf(a)).toArray(Serializable[]::new));
  }

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
