package th.go.cdd.performance.audit;

/** The kinds of administrative act the audit log records. */
public enum AuditAction {
  REASSIGN_TASK,
  EXTEND_DUE_DATE,
  END_PARTICIPATION,
  NAME_SUBSTITUTE,
  CANCEL_SUBSTITUTE,
  IMPORT_ROSTER,
  RESET_PASSWORD,
  UNLOCK_ACCOUNT,
  CLOSE_ACCOUNT,
  REOPEN_ACCOUNT,
  CREATE_ADMINISTRATOR,
  REGISTER_CIRCULAR,
  ATTACH_CIRCULAR_FILE,
  REMOVE_CIRCULAR_FILE,
  CREATE_PROGRAM,
  COPY_PROGRAM,
  EDIT_PROGRAM,
  START_PROGRAM,
  ASSIGN_KPI,
  REMOVE_ASSIGNED_KPI,
  /** A refused sign-in: the name typed, the client address, why (never the password). */
  SIGN_IN_FAILED,
  /** Failed sign-ins locked an account against clients it does not know. */
  ACCOUNT_LOCKED,
  /** An administrator issued a REST API token (its name and the account it reads as; never the secret). */
  ISSUE_API_TOKEN,
  REVOKE_API_TOKEN,
  /** One call with an API token: the method and path. */
  API_TOKEN_USED,
  /** A call with a token that is revoked, or whose account is closed or changed scope. */
  API_TOKEN_REFUSED
}
