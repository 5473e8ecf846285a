package th.go.cdd.performance.approval;

/** What a signer decided; the names are the values the BPMN gateways read (except CERTIFY). */
public enum Decision {
  CERTIFY,
  APPROVE,
  SIGN,
  RETURN
}
