package th.go.cdd.performance.monitoring;

import java.io.Serializable;
/**
 * How a group of staff stands in one round: the staff who take part and their reports in each
 * state. Not started = staff with no report yet or an untouched draft.
 */
public record ReportCounts(long staff, long draft, long withDirector, long withOfficer, long returned, long signed, long overdue) implements Serializable {
  public static final ReportCounts NONE = new ReportCounts(0, 0, 0, 0, 0, 0, 0);

  public long notStarted() {
    return Math.max(0, staff - draft - withDirector - withOfficer - returned - signed);
  }

  /** Percent of the staff whose report is signed, one decimal; 0 with no staff. */
  public double signedPercent() {
    return staff == 0 ? 0 : Math.round(signed * 1000.0 / staff) / 10.0;
  }

  public ReportCounts plus(ReportCounts o) {
    return new ReportCounts(staff + o.staff, draft + o.draft, withDirector + o.withDirector, withOfficer + o.withOfficer,
        returned + o.returned, signed + o.signed, overdue + o.overdue);
  }

  // getters for EL, which cannot read record accessors
  public long getStaff() { return staff; }
  public long getNotStarted() { return notStarted(); }
  public long getDraft() { return draft; }
  public long getWithDirector() { return withDirector; }
  public long getWithOfficer() { return withOfficer; }
  public long getReturned() { return returned; }
  public long getSigned() { return signed; }
  public long getOverdue() { return overdue; }
  public double getSignedPercent() { return signedPercent(); }
}
