package th.go.cdd.performance.circular;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import th.go.cdd.performance.access.AccessPolicy;
import th.go.cdd.performance.export.Table;
import th.go.cdd.performance.people.People;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.people.Role;
import th.go.cdd.performance.program.Program;
import th.go.cdd.performance.program.Province;

/**
 * The orientation's attendance per province: the provincial officers and every staff member of the
 * province in the program, checked in (when), absent, or not required (hired after the orientation
 * day). Administrators see
 * every province, a provincial officer their own; anyone else is refused.
 */
@Stateless
public class Attendance {
  @PersistenceContext private EntityManager em;
  @Inject private People people;

  /** The provinces the user may see in this program (administrator: all of the program's; officer: theirs). */
  public List<Province> provinces(String username, long programId) {
    Person user = people.byUsername(username);
    Program program = AccessPolicy.found(em.find(Program.class, programId));
    List<Province> all = program.getCohorts().stream().flatMap(c -> c.getProvinces().stream())
        .sorted(Comparator.comparing(Province::getCode)).toList();
    return all.stream().filter(p -> AccessPolicy.mayOversee(user, p.getCode())).toList();
  }

  public List<AttendanceRow> of(String username, long programId, String provinceCode) {
    AccessPolicy.requireOversee(people.byUsername(username), provinceCode);
    Program program = AccessPolicy.found(em.find(Program.class, programId));
    Map<Long, Instant> checkedIn = em.createNamedQuery("OrientationCheckIn.findByProgramAndProvince", OrientationCheckIn.class)
        .setParameter("program", program).setParameter("province", provinceCode).getResultList().stream()
        .collect(Collectors.toMap(c -> c.getPerson().getId(), OrientationCheckIn::getCheckedInAt));
    List<Person> expected = new java.util.ArrayList<>(em.createNamedQuery("OrientationCheckIn.expectedOfficers", Person.class)
        .setParameter("province", provinceCode).getResultList());
    expected.addAll(em.createNamedQuery("OrientationCheckIn.expectedStaff", Person.class)
        .setParameter("program", program).setParameter("province", provinceCode).getResultList());
    return expected.stream()
        .map(p -> new AttendanceRow(p.getDisplayName(), p.getRole(), p.getWorkGroup() == null ? "" : p.getWorkGroup().getNameTh(),
            AttendanceStatus.of(required(program, p), checkedIn.containsKey(p.getId())), checkedIn.get(p.getId())))
        .toList();
  }

  public Table table(String username, long programId, String provinceCode, Function<String, String> labels) {
    Table t = new Table(labels.apply("attendance.title"), List.of(labels.apply("attendance.name"), labels.apply("attendance.role"),
        labels.apply("attendance.group"),
        labels.apply("attendance.status"), labels.apply("attendance.checkedInAt")));
    for (AttendanceRow r : of(username, programId, provinceCode)) {
      t.row(r.name(), labels.apply("role." + r.role()), r.group(), labels.apply("attendance.status." + r.status()), r.checkedInAt());
    }
    return t;
  }

  /** Officers attend with their staff; staff hired after the orientation day do not. */
  private static boolean required(Program program, Person p) {
    if (program.getOrientationDate() == null) {
      return false;
    }
    return p.getRole() == Role.OFFICER
        || (p.getContractStart() != null && !p.getContractStart().isAfter(program.getOrientationDate()));
  }

}
