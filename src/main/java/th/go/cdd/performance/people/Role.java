package th.go.cdd.performance.people;

/** The roles of the approval chain, and the department's administrators. Names equal security roles. */
public enum Role {
  STAFF,
  DIRECTOR,
  OFFICER,
  ADMIN
}
