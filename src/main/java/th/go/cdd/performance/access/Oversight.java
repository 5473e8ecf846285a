package th.go.cdd.performance.access;

/**
 * What a user oversees, as {@link AccessPolicy#oversight} decides it: a province code (null for the
 * whole country) and, for a group director, their work group's id (else null).
 */
public record Oversight(String provinceCode, Long groupId) {
  public static final Oversight COUNTRY = new Oversight(null, null);
}
