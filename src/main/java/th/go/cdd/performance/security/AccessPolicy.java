package th.go.cdd.performance.security;

import java.util.List;
import java.util.Objects;
import th.go.cdd.performance.people.Role;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.people.WorkGroup;
import th.go.cdd.performance.program.Province;
import th.go.cdd.performance.shared.BusinessException;

/**
 * The one place that decides who may see a report (and so its evidence and history): staff their
 * own, a group director the reports of staff in their group and province, a provincial officer
 * their province, an administrator all. An approver to whom an administrator reassigned the task
 * sees that report while it waits for them; a substitute sees what the principals they stand in for
 * today see ({@code people/Duties} says who those are). Ids from a URL grant nothing by themselves.
 *
 * <p>It also decides who may assign KPIs 7–10: a provincial officer for their whole province, a
 * group director for one staff member of their group; a substitute as the principal would.
 */
public final class AccessPolicy {
  private AccessPolicy() {}

  /**
   * Whether the user may see the report, by their own right or for one of the principals they
   * substitute for today ({@code Duties.principalsOf(user)}; empty for most people). There is no
   * overload without the principals, so no caller can forget the substitutions.
   */
  public static boolean maySee(Person user, StaffRecord report, List<Person> principals) {
    if (ownRight(user, report)) {
      return true;
    }
    if ((user.getRole() == Role.DIRECTOR || user.getRole() == Role.OFFICER) && user.getUsername().equals(report.getPendingAssignee())) {
      return true;
    }
    return principals.stream().anyMatch(p -> ownRight(p, report));
  }

  public static void requireSee(Person user, StaffRecord report, List<Person> principals) {
    if (report == null || !maySee(user, report, principals)) {
      throw new BusinessException("access.denied");
    }
  }

  private static boolean ownRight(Person user, StaffRecord report) {
    Person staff = report.getStaff();
    return switch (user.getRole()) {
      case ADMIN -> true;
      case STAFF -> Objects.equals(staff.getId(), user.getId());
      case OFFICER -> sameProvince(user, staff);
      case DIRECTOR -> sameProvince(user, staff) && user.getWorkGroup() != null && staff.getWorkGroup() != null
          && Objects.equals(user.getWorkGroup().getId(), staff.getWorkGroup().getId());
    };
  }

  private static boolean sameProvince(Person a, Person b) {
    return a.getProvince() != null && b.getProvince() != null && a.getProvince().getCode().equals(b.getProvince().getCode());
  }

  /**
   * Whether the user (or a principal they stand in for today) may assign KPIs 7–10 in this province,
   * to the whole province (staff null: its officer) or to one staff member (their group's director).
   */
  public static boolean mayAssignKpis(Person user, Province province, Person staff, List<Person> principals) {
    return mayAssignKpis(user, province, staff) || principals.stream().anyMatch(p -> mayAssignKpis(p, province, staff));
  }

  public static void requireAssignKpis(Person user, Province province, Person staff, List<Person> principals) {
    if (province == null || !mayAssignKpis(user, province, staff, principals)) {
      throw new BusinessException("access.denied");
    }
  }

  private static boolean mayAssignKpis(Person user, Province province, Person staff) {
    boolean inProvince = user.getProvince() != null && user.getProvince().getCode().equals(province.getCode());
    if (staff == null) {
      return user.getRole() == Role.OFFICER && inProvince;
    }
    return user.getRole() == Role.DIRECTOR && inProvince && staff.getRole() == Role.STAFF && sameProvince(user, staff)
        && user.getWorkGroup() != null && staff.getWorkGroup() != null && sameGroup(user.getWorkGroup(), staff.getWorkGroup());
  }

  private static boolean sameGroup(WorkGroup a, WorkGroup b) {
    return a == b || (a.getId() != null && a.getId().equals(b.getId()));
  }
}
