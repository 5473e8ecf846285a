package th.go.cdd.performance.monitoring;

import java.util.Map;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.shared.BusinessException;

/**
 * What a user may watch: an administrator the whole country, a provincial development officer
 * their province, a group director their group. Staff watch nothing here. The scope becomes a
 * fixed JPQL condition on the staff member {@code s} with bound parameters, so every count, list
 * and export is narrowed the same way, whatever the URL asked for.
 */
public record MonitoringScope(String provinceCode, Long groupId) {
  public static final MonitoringScope COUNTRY = new MonitoringScope(null, null);

  public static MonitoringScope of(Person user) {
    return switch (user.getRole()) {
      case ADMIN -> COUNTRY;
      case OFFICER -> new MonitoringScope(requireProvince(user), null);
      case DIRECTOR -> {
        if (user.getWorkGroup() == null) {
          throw new BusinessException("access.denied");
        }
        yield new MonitoringScope(requireProvince(user), user.getWorkGroup().getId());
      }
      case STAFF -> throw new BusinessException("access.denied");
    };
  }

  private static String requireProvince(Person user) {
    if (user.getProvince() == null) {
      throw new BusinessException("access.denied");
    }
    return user.getProvince().getCode();
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
      throw new BusinessException("access.denied");
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
