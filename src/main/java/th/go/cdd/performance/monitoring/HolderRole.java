package th.go.cdd.performance.monitoring;

import th.go.cdd.performance.report.ReportStatus;

/** The step a report waits at, seen as the kind of person who must act. */
public enum HolderRole {
  STAFF,
  DIRECTOR,
  OFFICER,
  NONE;

  /** Who must act on a report in this status: NONE when nobody does (signed, withdrawn, or no report yet). */
  public static HolderRole at(ReportStatus status) {
    if (status == null) {
      return NONE;
    }
    return switch (status) {
      case DRAFT, RETURNED -> STAFF;
      case WITH_DIRECTOR -> DIRECTOR;
      case WITH_OFFICER -> OFFICER;
      case SIGNED, WITHDRAWN -> NONE;
    };
  }
}
