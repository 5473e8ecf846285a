package th.go.cdd.performance.people;

/** Why an account no longer signs in. */
public enum AccountClosure {
  /** The staff member's participation in the program ended (from the day after their last day). */
  PARTICIPATION_ENDED,
  /** A roster import for the person's province no longer lists them. */
  ROSTER_DROPPED,
  /** An administrator closed it, with a reason in the audit log. */
  ADMINISTRATOR
}
