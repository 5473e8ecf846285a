package th.go.cdd.performance.approval;

/**
 * What ends a step of the chain; the names are the values the BPMN gateways read from the process
 * variable {@link #VARIABLE} (except CERTIFY, which completing the staff member's task says alone).
 * RECALL is the staff member taking the report back before the director acts: it travels with the
 * recall message and is never signed. Which step allows which is {@link ApprovalStep}'s to say.
 */
public enum Decision {
  CERTIFY,
  APPROVE,
  SIGN,
  RETURN,
  RECALL;

  /** The process variable the deciding step sets and the gateways (and the staff task's listener) read. */
  public static final String VARIABLE = "decision";
}
