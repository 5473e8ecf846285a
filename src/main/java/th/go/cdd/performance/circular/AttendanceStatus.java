package th.go.cdd.performance.circular;

/** Whether a staff member checked in to the orientation; staff hired after the orientation day were not required to. */
public enum AttendanceStatus {
  CHECKED_IN,
  ABSENT,
  NOT_REQUIRED;

  static AttendanceStatus of(boolean required, boolean checkedIn) {
    if (checkedIn) {
      return CHECKED_IN;
    }
    return required ? ABSENT : NOT_REQUIRED;
  }
}
