package th.go.cdd.performance.approval;

/** Who in the chain put the signature. */
public enum SignatureStep {
  STAFF,
  DIRECTOR,
  OFFICER
}
