package th.go.cdd.performance.reminder;

/** Why a reminder was sent. */
public enum ReminderKind {
  /** Some working days before the due date, to whoever holds the report. */
  BEFORE_DUE,
  /** After the due date, to the holder and their superior, repeated. */
  ESCALATION,
  /** Sent now by an administrator or the provincial officer to everyone late in a province. */
  NUDGE
}
