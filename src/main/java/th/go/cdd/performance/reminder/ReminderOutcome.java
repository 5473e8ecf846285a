package th.go.cdd.performance.reminder;

/** What a reminder timer found when it fired; the round model's gateways read it. */
public enum ReminderOutcome {
  /** Reminders were written to the outbox (or had been already, by an earlier run of the same job). */
  QUEUED,
  /** The timer fired before the schedule of the report's current due date (it was extended): wait again. */
  TOO_EARLY,
  /** Nothing to send now and never again on this path (the report is signed, withdrawn, or already late). */
  CLOSED
}
