package th.go.cdd.performance.program;

/** A program is set up as a DRAFT; once STARTED its staff processes run. */
public enum ProgramStatus {
  DRAFT,
  STARTED
}
