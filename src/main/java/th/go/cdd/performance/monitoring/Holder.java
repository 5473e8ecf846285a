package th.go.cdd.performance.monitoring;

/** Who holds a report now: the step's role (staff, group director, provincial officer) and the names. */
public record Holder(HolderRole role, String names) {
  public static final Holder NOBODY = new Holder(HolderRole.NONE, "");

  public HolderRole getRole() { return role; }
  public String getNames() { return names; }
}
