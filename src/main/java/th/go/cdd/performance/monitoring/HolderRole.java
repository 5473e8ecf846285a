package th.go.cdd.performance.monitoring;

import java.util.List;
import th.go.cdd.performance.approval.ApprovalStep;
import th.go.cdd.performance.report.ReportStatus;

/**
 * The step a report waits at, seen as the kind of person who must act: the lists' filter and
 * column, with NONE for the reports nobody holds. Which status is which step is
 * {@link ApprovalStep}'s to say.
 */
public enum HolderRole {
  STAFF(ApprovalStep.STAFF),
  DIRECTOR(ApprovalStep.DIRECTOR),
  OFFICER(ApprovalStep.OFFICER),
  NONE(null);

  private final ApprovalStep step;

  HolderRole(ApprovalStep step) {
    this.step = step;
  }

  /** Who must act on a report in this status: NONE when nobody does (signed, withdrawn, or no report yet). */
  public static HolderRole at(ReportStatus status) {
    return ApprovalStep.waitingAt(status).map(HolderRole::of).orElse(NONE);
  }

  static HolderRole of(ApprovalStep step) {
    return switch (step) {
      case STAFF -> STAFF;
      case DIRECTOR -> DIRECTOR;
      case OFFICER -> OFFICER;
    };
  }

  /** The statuses of the reports this kind of person holds; none for NONE. */
  public List<ReportStatus> statuses() {
    return step == null ? List.of() : step.statuses();
  }
}
