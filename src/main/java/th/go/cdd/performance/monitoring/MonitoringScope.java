package th.go.cdd.performance.monitoring;

import java.util.Map;
import th.go.cdd.performance.access.AccessPolicy;
import th.go.cdd.performance.access.Oversight;
import th.go.cdd.performance.people.Person;

/**
 * What a user may watch ({@link AccessPolicy#oversight}): an administrator the whole country, a
 * provincial development officer their province, a group director their group. Staff watch
 * nothing here. The scope becomes a fixed JPQL condition on the staff member {@code s} with bound parameters, so every count, list
 * and export is narrowed the same way, whatever the URL asked for.
 */
public record MonitoringScope(String provinceCode, Long groupId) {
  public static final MonitoringScope COUNTRY = new MonitoringScope(null, null);

  /** The user's scope, as {@link AccessPolicy#oversight} decides it; staff are refused. */
  public static MonitoringScope of(Person user) {
    Oversight o = AccessPolicy.oversight(user);
    return o.provinceCode() == null ? COUNTRY : new MonitoringScope(o.provinceCode(), o.groupId());
  }

  public boolean isCountry() {
    return provinceCode == null;
  }

  public boolean covers(String province) {
    return provinceCode == null || provinceCode.equals(province);
  }

  /** Refuses a province outside the scope: an officer asking for another province gets nothing. */
  public void requireProvince(String province) {
    if (!covers(province)) {
      throw AccessPolicy.denied();
    }
  }

  /** The condition on staff alias {@code s}; adds its parameters. Always a valid JPQL condition. */
  public String condition(Map<String, Object> params) {
    StringBuilder c = new StringBuilder("1 = 1");
    if (provinceCode != null) {
      c.append(" and s.province.code = :scopeProvince");
      params.put("scopeProvince", provinceCode);
    }
    if (groupId != null) {
      c.append(" and s.workGroup.id = :scopeGroup");
      params.put("scopeGroup", groupId);
    }
    return c.toString();
  }
}
