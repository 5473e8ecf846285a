package th.go.cdd.performance.access;

import java.util.List;
import java.util.Objects;
import th.go.cdd.performance.people.Duties;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.people.Role;
import th.go.cdd.performance.people.WorkGroup;
import th.go.cdd.performance.program.Program;
import th.go.cdd.performance.program.Province;
import th.go.cdd.performance.shared.BusinessException;

/**
 * The one place that decides who may see or do what. Services look the user up, then ask here;
 * none decides by comparing roles or provinces itself, so the access sweep tests this one class.
 *
 * <ul>
 *   <li>Reports (and so their evidence, history and PDF): staff their own, a group director the
 *       reports of staff in their group and province, a provincial officer their province, an
 *       administrator all. An approver to whom an administrator reassigned the task sees that report
 *       while it waits for them; a substitute sees what the principals they stand in for today see
 *       ({@code people/Duties} says who those are).
 *   <li>Oversight (monitoring, reminders, due dates, attendance, the audit log): an administrator the
 *       whole country, a provincial officer their province, a group director their group.
 *   <li>Administration (program set-up, accounts, roster, outbox, holidays, reassignment): administrators.
 *   <li>KPIs 7–10: a provincial officer for their whole province, a group director for one staff
 *       member of their group; a substitute as the principal would.
 * </ul>
 *
 * <p>Every refusal is {@link #denied()}: an id that does not exist is refused the same way as one the
 * user may not see, so ids from a URL can neither grant anything nor be probed.
 */
public final class AccessPolicy {
  /** The message key of every refusal (Thai and English in the message bundles). */
  public static final String DENIED = "access.denied";

  private AccessPolicy() {}

  /** The one refusal, for a forbidden act and for an id that names nothing alike. */
  public static BusinessException denied() {
    return new BusinessException(DENIED);
  }

  /** The record itself when it exists; otherwise the refusal (a missing id reads as a forbidden one). */
  public static <T> T found(T record) {
    if (record == null) {
      throw denied();
    }
    return record;
  }

  // --- reports -----------------------------------------------------------------------------------

  /**
   * Whether the user may see the report, by their own right or for one of the principals they
   * substitute for today ({@code Duties.principalsOf(user)}; empty for most people). There is no
   * overload without the principals, so no caller can forget the substitutions.
   */
  public static boolean maySee(Person user, StaffRecord report, List<Person> principals) {
    if (ownRight(user, report)) {
      return true;
    }
    if (isApprover(user) && user.getUsername().equals(report.getPendingAssignee())) {
      return true;
    }
    return principals.stream().anyMatch(p -> ownRight(p, report));
  }

  public static void requireSee(Person user, StaffRecord report, List<Person> principals) {
    if (report == null || !maySee(user, report, principals)) {
      throw denied();
    }
  }

  /** Only the staff member whose report it is may edit, submit or recall it. */
  public static <T extends StaffRecord> T requireOwn(Person user, T report) {
    if (report == null || !Objects.equals(report.getStaff().getId(), user.getId())) {
      throw denied();
    }
    return report;
  }

  private static boolean ownRight(Person user, StaffRecord report) {
    Person staff = report.getStaff();
    return switch (user.getRole()) {
      case ADMIN -> true;
      case STAFF -> Objects.equals(staff.getId(), user.getId());
      case OFFICER -> sameProvince(user, staff);
      case DIRECTOR -> sameProvince(user, staff) && sameGroup(user.getWorkGroup(), staff.getWorkGroup());
    };
  }

  /**
   * What the user's inbox holds: their own reports for staff, every report for administrators, and
   * for directors and officers the tasks of their candidate groups and of the principals they stand
   * in for today, plus tasks handed to one of them by name (those have left the group).
   */
  public static TaskReach reach(Person user, List<Person> principals) {
    return switch (user.getRole()) {
      case STAFF -> new TaskReach(user.getId(), false, List.of(), List.of());
      case ADMIN -> new TaskReach(null, true, List.of(), List.of());
      case DIRECTOR, OFFICER -> new TaskReach(null, false, Duties.groupsOf(user, principals), Duties.assigneesFor(user, principals));
    };
  }

  // --- roles -------------------------------------------------------------------------------------

  /** Administrators only. Returns the user, so a service can name them in its audit entry. */
  public static Person requireAdministrator(Person user) {
    if (user == null || !isAdministrator(user.getRole())) {
      throw denied();
    }
    return user;
  }

  /** Whether the role administers the program (set-up, accounts, roster, outbox, holidays). */
  public static boolean isAdministrator(Role role) {
    return role == Role.ADMIN;
  }

  /** Whether the role acts on a province's administration (audit log, nudges, due dates): administrators and officers. */
  public static boolean overseesProvinces(Role role) {
    return role == Role.ADMIN || role == Role.OFFICER;
  }

  /** Group directors and provincial officers: the people who sign reports and can have substitutes. */
  public static boolean isApprover(Person user) {
    return isApprover(user.getRole());
  }

  public static boolean isApprover(Role role) {
    return role == Role.DIRECTOR || role == Role.OFFICER;
  }

  public static Person requireApprover(Person user) {
    if (!isApprover(user)) {
      throw denied();
    }
    return user;
  }

  /** An approver who belongs to a province (every approver the roster made does). */
  public static Person requireApproverInProvince(Person user) {
    if (!isApprover(user) || user.getProvince() == null) {
      throw denied();
    }
    return user;
  }

  /** Officers sign in bulk: the user is one, or stands in for one today. */
  public static void requireBulkSigner(Person user, List<Person> principals) {
    if (user.getRole() != Role.OFFICER && principals.stream().noneMatch(p -> p.getRole() == Role.OFFICER)) {
      throw denied();
    }
  }

  // --- oversight ---------------------------------------------------------------------------------

  /**
   * What the user oversees: an administrator the country (both null), an officer their province, a
   * director their group in their province. Staff oversee nothing and are refused, as is an
   * approver the roster left without a province or a director without a group.
   */
  public static Oversight oversight(Person user) {
    return switch (user.getRole()) {
      case ADMIN -> Oversight.COUNTRY;
      case OFFICER -> new Oversight(provinceOf(user), null);
      case DIRECTOR -> {
        if (user.getWorkGroup() == null) {
          throw denied();
        }
        yield new Oversight(provinceOf(user), user.getWorkGroup().getId());
      }
      case STAFF -> throw denied();
    };
  }

  /**
   * The province whose administration the user may watch and act on (audit log, due dates, nudges,
   * attendance): null for an administrator (every province), their own for an officer; anyone
   * else is refused.
   */
  public static String requireProvinceOversight(Person user) {
    return switch (user.getRole()) {
      case ADMIN -> null;
      case OFFICER -> provinceOf(user);
      default -> throw denied();
    };
  }

  /** Whether the user may act on this province's administration: an administrator, or its officer. */
  public static boolean mayOversee(Person user, String provinceCode) {
    if (provinceCode == null || provinceCode.isBlank()) {
      return false;
    }
    return isAdministrator(user.getRole())
        || user.getRole() == Role.OFFICER && user.getProvince() != null && user.getProvince().getCode().equals(provinceCode);
  }

  public static void requireOversee(Person user, String provinceCode) {
    if (!mayOversee(user, provinceCode)) {
      throw denied();
    }
  }

  private static String provinceOf(Person user) {
    if (user.getProvince() == null) {
      throw denied();
    }
    return user.getProvince().getCode();
  }

  // --- program -----------------------------------------------------------------------------------

  /**
   * Who may read a program's circular and its attachments: an administrator; staff of one of its
   * cohorts; directors and officers of a province one of its cohorts covers.
   */
  public static boolean mayReadProgram(Person user, Program program) {
    if (user == null || program == null) {
      return false;
    }
    if (user.getRole() == Role.ADMIN) {
      return true;
    }
    if (user.getRole() == Role.STAFF) {
      return user.getCohort() != null && user.getCohort().getProgram().getId().equals(program.getId());
    }
    return takesPart(user, program);
  }

  /** The officer of a province the program covers (they check in to its orientation themselves). */
  public static Person requireOfficerIn(Person user, Program program) {
    if (user.getRole() != Role.OFFICER || program == null || !takesPart(user, program)) {
      throw denied();
    }
    return user;
  }

  private static boolean takesPart(Person user, Program program) {
    return user.getProvince() != null && program.getCohorts().stream()
        .anyMatch(c -> c.getProvinces().stream().anyMatch(p -> p.getCode().equals(user.getProvince().getCode())));
  }

  // --- substitutes -------------------------------------------------------------------------------

  /** Who may list and name substitutes: an administrator for anyone, an approver for themselves. */
  public static void requireManageSubstitutes(Person actor) {
    if (actor.getRole() != Role.ADMIN && !isApprover(actor)) {
      throw denied();
    }
  }

  /** Whether the actor may name or end a substitute for this principal: their own, or an administrator. */
  public static void requireManageSubstitutesOf(Person actor, Person principal) {
    boolean own = Objects.equals(actor.getId(), principal.getId()) && isApprover(actor);
    if (!own && actor.getRole() != Role.ADMIN) {
      throw denied();
    }
  }

  // --- KPIs 7-10 ---------------------------------------------------------------------------------

  /**
   * Whether the user (or a principal they stand in for today) may assign KPIs 7–10 in this province,
   * to the whole province (staff null: its officer) or to one staff member (their group's director).
   */
  public static boolean mayAssignKpis(Person user, Province province, Person staff, List<Person> principals) {
    return mayAssignKpis(user, province, staff) || principals.stream().anyMatch(p -> mayAssignKpis(p, province, staff));
  }

  public static void requireAssignKpis(Person user, Province province, Person staff, List<Person> principals) {
    if (province == null || !mayAssignKpis(user, province, staff, principals)) {
      throw denied();
    }
  }

  private static boolean mayAssignKpis(Person user, Province province, Person staff) {
    boolean inProvince = user.getProvince() != null && user.getProvince().getCode().equals(province.getCode());
    if (staff == null) {
      return user.getRole() == Role.OFFICER && inProvince;
    }
    return user.getRole() == Role.DIRECTOR && inProvince && staff.getRole() == Role.STAFF && sameProvince(user, staff)
        && sameGroup(user.getWorkGroup(), staff.getWorkGroup());
  }

  private static boolean sameProvince(Person a, Person b) {
    return a.getProvince() != null && b.getProvince() != null && a.getProvince().getCode().equals(b.getProvince().getCode());
  }

  private static boolean sameGroup(WorkGroup a, WorkGroup b) {
    return a != null && b != null && (a == b || a.getId() != null && a.getId().equals(b.getId()));
  }
}
