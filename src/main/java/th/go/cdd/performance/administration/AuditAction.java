package th.go.cdd.performance.administration;

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
  REGISTER_CIRCULAR,
  ATTACH_CIRCULAR_FILE,
  REMOVE_CIRCULAR_FILE,
  ASSIGN_KPI,
  REMOVE_ASSIGNED_KPI
}
