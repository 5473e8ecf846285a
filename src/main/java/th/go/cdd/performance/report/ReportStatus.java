package th.go.cdd.performance.report;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Where a report stands; mirrors the user task its round's process waits at. */
public enum ReportStatus {
  DRAFT,
  WITH_DIRECTOR,
  WITH_OFFICER,
  RETURNED,
  SIGNED,
  /** The staff member's participation ended before the report was signed; it no longer counts. */
  WITHDRAWN;

  /**
   * The statuses of a report still waiting for someone (the staff member or an approver): the only
   * ones that can be overdue, reminded or counted as late. Signed and withdrawn reports are closed.
   */
  public static final Set<ReportStatus> OPEN =
      Collections.unmodifiableSet(EnumSet.of(DRAFT, WITH_DIRECTOR, WITH_OFFICER, RETURNED));

  /** Whether the report still waits for someone, and so can be overdue; see {@link #OPEN}. */
  public boolean isOpen() {
    return OPEN.contains(this);
  }
}
