package th.go.cdd.performance.bench.seed;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.people.Role;
import th.go.cdd.performance.people.WorkGroup;
import th.go.cdd.performance.program.Cohort;
import th.go.cdd.performance.program.Program;
import th.go.cdd.performance.program.Province;
import th.go.cdd.performance.workflow.StaffEnrolment;

/**
 * One province's office in one transaction: its groups, one director per group, the officer and
 * the staff (persisted in JDBC batches by EclipseLink), each staff member enrolled through the
 * engine's API ({@link StaffEnrolment}, the path the roster import takes).
 */
@Stateless
public class BenchOffices {
  @PersistenceContext private EntityManager em;
  @Inject private StaffEnrolment enrolment;

  /** Usernames: bench.&lt;province&gt;.officer, bench.&lt;province&gt;.d&lt;g&gt;, bench.&lt;province&gt;.s&lt;i&gt; (group i % groups). */
  public List<String> create(String programCode, String provinceCode, int staff, int groups, String passwordHash) {
    Program program = em.createNamedQuery("Program.findByCode", Program.class).setParameter("code", programCode).getSingleResult();
    Province province = em.find(Province.class, provinceCode);
    Cohort cohort = program.getCohorts().stream().filter(c -> c.getProvinces().contains(province)).findFirst().orElseThrow();
    String prefix = "bench." + provinceCode;
    Person officer = new Person(prefix + ".officer", passwordHash, Role.OFFICER, "นาย", "พัฒนาการ", "จังหวัด " + provinceCode);
    officer.placeIn(province, null, "พัฒนาการจังหวัด" + province.getNameTh());
    em.persist(officer);
    List<WorkGroup> workGroups = new ArrayList<>();
    for (int g = 1; g <= groups; g++) {
      WorkGroup group = new WorkGroup(province, "g" + g, "กลุ่มงานที่ " + g);
      em.persist(group);
      workGroups.add(group);
      Person director = new Person(prefix + ".d" + g, passwordHash, Role.DIRECTOR, "นาง", "ผู้อำนวยการ", "กลุ่มงานที่ " + g + " " + provinceCode);
      director.placeIn(province, group, "ผู้อำนวยการกลุ่มงานที่ " + g);
      em.persist(director);
    }
    List<Person> people = new ArrayList<>();
    for (int i = 0; i < staff; i++) {
      Person p = new Person(prefix + ".s" + i, passwordHash, Role.STAFF, i % 2 == 0 ? "นาย" : "นางสาว", "พนักงาน" + i, "จังหวัด " + provinceCode);
      p.placeIn(province, workGroups.get(i % groups), "นักพัฒนาชุมชน");
      p.hire(cohort, cohort.getContractStart(), cohort.getContractEnd());
      em.persist(p);
      people.add(p);
    }
    em.flush();
    List<String> instances = new ArrayList<>();
    for (Person p : people) {
      instances.add(enrolment.enrol(p, program));
    }
    return instances;
  }
}
