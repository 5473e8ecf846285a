package th.go.cdd.performance.monitoring;

/**
 * Who holds a report now: the step's role (staff, group director, provincial officer), the names,
 * and among them those whose accounts are closed (they can no longer act: the task is to be
 * reassigned); empty when none is.
 */
public record Holder(HolderRole role, String names, String closedNames) implements java.io.Serializable {
  public static final Holder NOBODY = new Holder(HolderRole.NONE, "", "");

  public Holder(HolderRole role, String names) {
    this(role, names, "");
  }

  public HolderRole getRole() { return role; }
  public String getNames() { return names; }
  public String getClosedNames() { return closedNames; }
}
