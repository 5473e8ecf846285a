package th.go.cdd.performance.monitoring;

/** The step a report waits at, seen as the kind of person who must act. */
public enum HolderRole {
  STAFF,
  DIRECTOR,
  OFFICER,
  NONE
}
