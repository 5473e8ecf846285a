package th.go.cdd.performance.assignment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import th.go.cdd.performance.audit.AuditAction;
import th.go.cdd.performance.audit.AuditLog;
import th.go.cdd.performance.audit.AuditTarget;
import th.go.cdd.performance.people.Duties;
import th.go.cdd.performance.people.People;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.people.Role;
import th.go.cdd.performance.program.Program;
import th.go.cdd.performance.program.Province;
import th.go.cdd.performance.program.ReportingRound;
import th.go.cdd.performance.access.AccessPolicy;
import th.go.cdd.performance.shared.RowLock;
import th.go.cdd.performance.shared.ThaiDates;

/**
 * Assigning KPIs 7–10, one transaction per act: the access check ({@link AccessPolicy}), the
 * timing, the definition, the drafts already created brought in line, and the audit entry commit
 * together. A definition that would change a report already submitted is refused.
 */
@Stateless
public class AssignedKpis {
  @PersistenceContext private EntityManager em;
  @Inject private People people;
  @Inject private Duties duties;
  @Inject private AuditLog audit;
  @Inject private Clock clock;
  @Inject private AssignedDrafts drafts;

  /** What applies to this staff member in this round: the province's, overridden number by number by their own. */
  public List<AssignedKpi> forStaff(Person staff, ReportingRound round) {
    if (staff.getProvince() == null) {
      return List.of();
    }
    return AssignedKpi.effectiveFor(staff, inProvince(round, staff.getProvince()));
  }

  /**
   * Defines (or redefines) KPI {@code number} for the round: for the user's province when
   * {@code staffUsername} is null, else for that staff member (in their province).
   */
  public AssignedKpi define(String username, long roundId, String staffUsername, int number, AssignedKpiText text) {
    Person user = people.byUsername(username);
    ReportingRound round = round(roundId);
    RowLock.take(em, ReportingRound.class, round.getId()); // two saves of one number queue: the second changes the first's definition
    Person staff = staffUsername == null || staffUsername.isBlank() ? null : people.byUsername(staffUsername);
    Province province = staff == null ? user.getProvince() : staff.getProvince();
    AccessPolicy.requireAssignKpis(user, province, staff, duties.principalsOf(user));
    AssignmentRules.requireBeforeStart(round, today());
    AssignmentRules.requireNumber(AssignmentRules.slotOf(round.getProgram()), number);
    AssignedKpiText clean = AssignmentRules.check(text);
    drafts.lockDrafts(round, province, staff);
    AssignedKpi kpi = inProvince(round, province).stream()
        .filter(a -> a.getNumber() == number && Objects.equals(a.getStaff(), staff)).findFirst().orElse(null);
    boolean created = kpi == null;
    if (created) {
      kpi = new AssignedKpi(round, province, staff, number);
      em.persist(kpi);
    }
    kpi.define(clean, user.getUsername(), clock.instant());
    drafts.realign(round, province, staff, null);
    audit.record(user, AuditAction.ASSIGN_KPI, target(kpi), clean.titleTh(), created ? "new" : "changed");
    return kpi;
  }

  public void remove(String username, long assignedId) {
    Person user = people.byUsername(username);
    AssignedKpi kpi = AccessPolicy.found(em.find(AssignedKpi.class, assignedId));
    AccessPolicy.requireAssignKpis(user, kpi.getProvince(), kpi.getStaff(), duties.principalsOf(user));
    AssignmentRules.requireBeforeStart(kpi.getRound(), today());
    RowLock.take(em, ReportingRound.class, kpi.getRound().getId());
    drafts.lockDrafts(kpi.getRound(), kpi.getProvince(), kpi.getStaff());
    audit.record(user, AuditAction.REMOVE_ASSIGNED_KPI, target(kpi), kpi.getTitleTh(), null);
    drafts.realign(kpi.getRound(), kpi.getProvince(), kpi.getStaff(), kpi);
    em.flush();
    em.remove(kpi);
  }

  /**
   * The definitions a supervisor sees for a round: an officer all of their province's, a director
   * the province's and those of their group's staff. Others are refused.
   */
  public List<AssignedKpi> visible(String username, long roundId) {
    Person user = supervisor(username);
    ReportingRound round = round(roundId);
    return inProvince(round, user.getProvince()).stream()
        .filter(a -> user.getRole() == Role.OFFICER || a.isForProvince() || sameGroup(user, a.getStaff()))
        .toList();
  }

  /** The staff a director may assign KPIs to: the staff of their group; none for an officer. */
  public List<Person> assignableStaff(String username) {
    Person user = supervisor(username);
    if (user.getRole() != Role.DIRECTOR || user.getWorkGroup() == null) {
      return List.of();
    }
    return em.createQuery("select p from Person p where p.role = :role and p.province = :province and p.workGroup = :group"
            + " order by p.nameSortKey, p.id", Person.class)
        .setParameter("role", Role.STAFF).setParameter("province", user.getProvince()).setParameter("group", user.getWorkGroup())
        .getResultList();
  }

  /** The programs, newest last, with their rounds: what a supervisor picks a round from. */
  public List<Program> programs(String username) {
    supervisor(username);
    return em.createQuery("select p from Program p order by p.id", Program.class).getResultList();
  }

  /** Whether the round still takes definitions today. */
  public boolean isOpenForDefinition(ReportingRound round) {
    return today().isBefore(round.getPeriodStart());
  }

  private Person supervisor(String username) {
    return AccessPolicy.requireApproverInProvince(people.byUsername(username));
  }

  private static boolean sameGroup(Person director, Person staff) {
    return director.getWorkGroup() != null && staff.getWorkGroup() != null && director.getWorkGroup().getId().equals(staff.getWorkGroup().getId());
  }

  private List<AssignedKpi> inProvince(ReportingRound round, Province province) {
    return em.createNamedQuery("AssignedKpi.findForRoundAndProvince", AssignedKpi.class)
        .setParameter("round", round).setParameter("province", province).getResultList();
  }

  private ReportingRound round(long roundId) {
    return AccessPolicy.found(em.find(ReportingRound.class, roundId));
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ThaiDates.BANGKOK);
  }

  private static AuditTarget target(AssignedKpi kpi) {
    return new AuditTarget(null, kpi.getStaff() == null ? null : kpi.getStaff().getUsername(), kpi.getProvince().getCode(),
        kpi.getRound().getId(), "KPI " + kpi.getNumber() + " · " + kpi.getRound().getProgram().getCode() + " round "
            + kpi.getRound().getNumber());
  }
}
