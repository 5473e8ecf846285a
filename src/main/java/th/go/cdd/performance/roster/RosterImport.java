package th.go.cdd.performance.roster;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import th.go.cdd.performance.access.AccessPolicy;
import th.go.cdd.performance.administration.AccountClosings;
import th.go.cdd.performance.audit.AuditAction;
import th.go.cdd.performance.audit.AuditLog;
import th.go.cdd.performance.audit.AuditTarget;
import th.go.cdd.performance.administration.Substitutions;
import th.go.cdd.performance.people.AccountClosure;
import th.go.cdd.performance.people.People;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.people.Role;
import th.go.cdd.performance.people.WorkGroup;
import th.go.cdd.performance.program.Cohort;
import th.go.cdd.performance.program.Program;
import th.go.cdd.performance.program.Province;
import th.go.cdd.performance.security.Accounts;
import th.go.cdd.performance.shared.BusinessException;
import th.go.cdd.performance.shared.ThaiDates;
import th.go.cdd.performance.workflow.StaffEnrolment;

/**
 * Imports a roster into a program, administrators only. {@link #preview} reads and checks the file
 * and says what an import would change, writing nothing; {@link #run} does it in one transaction:
 * nothing at all unless the whole file is clean. People are keyed by staff number, which is also
 * their username; a person already as the file says is left untouched, so the same file twice
 * changes nothing. A new person gets an account with a one-time password (returned once, stored
 * only as a hash); a new staff member is enrolled in the program's process once the program has
 * started (starting a program enrols its roster). A changed group or province is a move, kept as a
 * {@link PersonMove} from its effective date (today if none): a move dated today or earlier happens
 * at once, a later one waits for its day ({@link PersonMoves}). A file is the whole roster of the
 * provinces it names: an account of those provinces that came from a roster and is no longer listed
 * is closed (it signs in again only when a roster lists the person again or an administrator
 * reopens it); the preview names each.
 */
@Stateless
public class RosterImport {
  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private People people;
  @Inject private Accounts accounts;
  @Inject private AuditLog audit;
  @Inject private StaffEnrolment enrolment;
  @Inject private PersonMoves moves;
  @Inject private Substitutions substitutions;
  @Inject private AccountClosings closings;

  /** The programs staff can join, newest last. */
  public List<Program> programs() {
    return em.createNamedQuery("Program.findAll", Program.class).getResultList();
  }

  public RosterOutcome preview(String adminUsername, String programCode, byte[] content) {
    AccessPolicy.requireAdministrator(people.byUsername(adminUsername));
    return process(null, program(programCode), content);
  }

  public RosterOutcome run(String adminUsername, String programCode, byte[] content, String fileName) {
    Person admin = AccessPolicy.requireAdministrator(people.byUsername(adminUsername));
    RosterOutcome outcome = process(admin, program(programCode), content);
    if (outcome.clean()) {
      audit.record(admin, AuditAction.IMPORT_ROSTER, new AuditTarget(null, null, null, null, fileName == null ? "roster" : fileName),
          "นำเข้ารายชื่อ / roster import: " + (fileName == null ? "-" : fileName),
          "added " + outcome.added() + ", updated " + outcome.updated() + ", unchanged " + outcome.unchanged() + ", closed " + outcome.closed());
    }
    return outcome;
  }

  /** Checks, then (with an actor) applies. Every check runs before the first write. */
  private RosterOutcome process(Person actor, Program program, byte[] content) {
    LocalDate today = LocalDate.now(clock.withZone(ThaiDates.BANGKOK));
    Map<String, Province> provinces = em.createNamedQuery("Province.findAll", Province.class).getResultList().stream()
        .collect(Collectors.toMap(Province::getCode, p -> p));
    Map<Integer, Cohort> cohorts = program.getCohorts().stream().collect(Collectors.toMap(Cohort::getNumber, c -> c, (a, b) -> a));
    Map<Integer, Set<String>> cohortProvinces = new HashMap<>();
    cohorts.forEach((n, c) -> cohortProvinces.put(n, c.getProvinces().stream().map(Province::getCode).collect(Collectors.toSet())));
    CheckedRoster checked = RosterRules.check(RosterFile.read(content), new RosterRules.Known(provinces.keySet(), cohortProvinces, today));
    if (!checked.clean()) {
      return RosterOutcome.refused(checked.problems());
    }
    Map<String, Person> existing = new HashMap<>();
    List<RosterProblem> problems = new ArrayList<>();
    for (RosterRow row : checked.rows()) {
      Person p = em.createNamedQuery("Person.findByUsername", Person.class).setParameter("username", row.staffNumber())
          .getResultStream().findFirst().orElse(null);
      if (p != null && p.getRole() == Role.ADMIN) {
        problems.add(RosterProblem.of(row.line(), "roster.notRosterAccount", row.staffNumber()));
      } else if (p != null) {
        existing.put(row.staffNumber(), p);
      }
    }
    if (!problems.isEmpty()) {
      return RosterOutcome.refused(problems);
    }
    Map<String, WorkGroup> groups = new HashMap<>();
    Set<String> newGroups = new HashSet<>();
    List<RosterChange> changes = new ArrayList<>();
    List<IssuedPassword> passwords = new ArrayList<>();
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int enrolled = 0;
    for (RosterRow row : checked.rows()) {
      Province province = provinces.get(row.provinceCode());
      WorkGroup group = row.groupCode() == null ? null : group(province, row, groups, newGroups, actor != null);
      Cohort cohort = row.role() == Role.STAFF ? cohorts.get(row.cohort()) : null;
      LocalDate start = cohort == null ? null : row.contractStart() != null ? row.contractStart() : cohort.getContractStart();
      LocalDate end = cohort == null ? null : row.contractEnd() != null ? row.contractEnd() : cohort.getContractEnd();
      String name = (row.title() == null ? "" : row.title()) + row.firstName() + " " + row.lastName();
      Person person = existing.get(row.staffNumber());
      if (person == null) {
        added++;
        changes.add(new RosterChange(row.line(), row.staffNumber(), name, RosterChange.Kind.ADDED, row.role().name()));
        if (actor != null) {
          person = new Person(row.staffNumber(), "-", row.role(), row.title(), row.firstName(), row.lastName());
          write(person, row, province, group, cohort, start, end);
          passwords.add(new IssuedPassword(person.getUsername(), name, accounts.issueOneTimePassword(person)));
          em.persist(person);
          if (row.role() == Role.STAFF && program.isStarted()) {
            em.flush();
            enrolment.enrol(person, program);
            enrolled++;
          }
        }
        continue;
      }
      LocalDate effective = row.effectiveFrom() == null ? today : row.effectiveFrom();
      List<PersonMove> pending = person.getId() == null ? List.of()
          : em.createNamedQuery("PersonMove.findPendingByPerson", PersonMove.class).setParameter("person", person).getResultList();
      boolean alreadyPending = pending.size() == 1 && pending.get(0).leadsTo(province, group, effective);
      boolean moved = !alreadyPending && (!Objects.equals(code(person.getProvince()), row.provinceCode())
          || !Objects.equals(person.getWorkGroup() == null ? null : person.getWorkGroup().getCode(), row.groupCode()));
      boolean cancelled = !alreadyPending && !pending.isEmpty();
      List<String> differences = differences(person, row, cohort, start, end);
      boolean reopen = person.getClosedBecause() == AccountClosure.ROSTER_DROPPED;
      if (reopen) {
        differences.add("account reopened");
      }
      if (cancelled && !moved) {
        differences.add("pending move cancelled");
      }
      if (!moved && differences.isEmpty()) {
        unchanged++;
        changes.add(new RosterChange(row.line(), row.staffNumber(), name, RosterChange.Kind.UNCHANGED, ""));
        continue;
      }
      updated++;
      String detail = String.join(", ", differences);
      boolean later = effective.isAfter(today);
      if (moved) {
        String from = code(person.getProvince()) + "/" + (person.getWorkGroup() == null ? "-" : person.getWorkGroup().getCode());
        String to = row.provinceCode() + "/" + (row.groupCode() == null ? "-" : row.groupCode());
        detail = from + " → " + to + (later ? " (" + ThaiDates.format(effective) + ")" : "") + (detail.isEmpty() ? "" : "; " + detail);
      }
      changes.add(new RosterChange(row.line(), row.staffNumber(), name, moved ? RosterChange.Kind.MOVED : RosterChange.Kind.UPDATED, detail));
      if (actor != null) {
        if (cancelled) {
          pending.forEach(em::remove);
        }
        Province place = person.getProvince();
        WorkGroup placeGroup = person.getWorkGroup();
        write(person, row, place, placeGroup, cohort, start, end);
        if (moved) {
          PersonMove move = new PersonMove(person, place, placeGroup, province, group, effective, clock.instant(), actor.getUsername());
          em.persist(move);
          if (!later) {
            moves.apply(move);
          }
        }
        substitutions.endThoseNoLongerEligible(person, actor); // a role the roster changed
        if (reopen) {
          closings.reopenListed(actor, person, "รายชื่ออยู่ในบัญชีรายชื่ออีกครั้ง / listed by the roster again");
        }
      }
    }
    int closed = 0;
    for (Person dropped : dropped(checked.rows())) {
      closed++;
      changes.add(new RosterChange(0, dropped.getUsername(), dropped.getDisplayName(), RosterChange.Kind.CLOSED,
          dropped.getProvince().getCode() + "/" + (dropped.getWorkGroup() == null ? "-" : dropped.getWorkGroup().getCode())));
      if (actor != null) {
        closings.close(actor, dropped, AccountClosure.ROSTER_DROPPED, clock.instant(), "ไม่อยู่ในบัญชีรายชื่อ / no longer on the roster");
      }
    }
    passwords.sort((a, b) -> a.username().compareTo(b.username()));
    return new RosterOutcome(List.of(), changes, added, updated, unchanged, closed, newGroups.size(), enrolled, passwords);
  }

  /**
   * A file is the whole roster of the provinces it names: the open accounts of those provinces that
   * came from a roster (they have a staff number) and that the file no longer lists.
   */
  private List<Person> dropped(List<RosterRow> rows) {
    Set<String> provinceCodes = rows.stream().map(RosterRow::provinceCode).collect(Collectors.toSet());
    Set<String> listed = rows.stream().map(RosterRow::staffNumber).collect(Collectors.toSet());
    return em.createQuery("select p from Person p where p.staffNumber is not null and p.role <> :admin "
            + "and p.province.code in :provinces and p.closedBecause is null order by p.username", Person.class)
        .setParameter("admin", Role.ADMIN).setParameter("provinces", provinceCodes).getResultList().stream()
        .filter(p -> !listed.contains(p.getUsername())).toList();
  }

  private WorkGroup group(Province province, RosterRow row, Map<String, WorkGroup> groups, Set<String> newGroups, boolean apply) {
    String key = row.provinceCode() + ":" + row.groupCode();
    if (groups.containsKey(key)) {
      return groups.get(key);
    }
    WorkGroup group = em.createNamedQuery("WorkGroup.findByProvinceAndCode", WorkGroup.class)
        .setParameter("province", row.provinceCode()).setParameter("code", row.groupCode()).getResultStream().findFirst().orElse(null);
    if (group == null) {
      newGroups.add(key);
      if (apply) {
        group = new WorkGroup(province, row.groupCode(), row.groupName());
        em.persist(group);
      }
    } else if (apply && !group.getNameTh().equals(row.groupName())) {
      group.rename(row.groupName());
    }
    groups.put(key, group);
    return group;
  }

  private static void write(Person person, RosterRow row, Province province, WorkGroup group, Cohort cohort, LocalDate start, LocalDate end) {
    person.rename(row.title(), row.firstName(), row.lastName());
    person.setRole(row.role());
    person.placeIn(province, group, row.position());
    person.hire(cohort, start, end);
    person.setEmail(row.email());
    person.setPhone(row.phone());
    person.setStaffNumber(row.staffNumber());
  }

  private static List<String> differences(Person p, RosterRow row, Cohort cohort, LocalDate start, LocalDate end) {
    List<String> d = new ArrayList<>();
    if (!Objects.equals(p.getTitle(), row.title()) || !Objects.equals(p.getFirstName(), row.firstName())
        || !Objects.equals(p.getLastName(), row.lastName())) {
      d.add("name");
    }
    if (p.getRole() != row.role()) {
      d.add("role");
    }
    if (!Objects.equals(p.getPositionTh(), row.position())) {
      d.add("position");
    }
    if (!Objects.equals(p.getEmail(), row.email())) {
      d.add("e-mail");
    }
    if (!Objects.equals(p.getPhone(), row.phone())) {
      d.add("phone");
    }
    if (!Objects.equals(p.getStaffNumber(), row.staffNumber())) {
      d.add("staff number");
    }
    if (!Objects.equals(p.getCohort() == null ? null : p.getCohort().getId(), cohort == null ? null : cohort.getId())
        || !Objects.equals(p.getContractStart(), start) || !Objects.equals(p.getContractEnd(), end)) {
      d.add("contract");
    }
    return d;
  }

  private static String code(Province p) {
    return p == null ? null : p.getCode();
  }

  private Program program(String code) {
    if (code == null || code.isBlank()) {
      throw new BusinessException("roster.programRequired");
    }
    return em.createNamedQuery("Program.findByCode", Program.class).setParameter("code", code).getResultStream().findFirst()
        .orElseThrow(() -> new BusinessException("roster.programRequired"));
  }

}
