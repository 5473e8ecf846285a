package th.go.cdd.performance.demo;

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
import th.go.cdd.performance.security.Passwords;
import th.go.cdd.performance.workflow.StaffEnrolment;

/** Creates a provincial office's people in one transaction and enrols its staff in a program (the demo's, or a test's). */
@Stateless
public class DemoPeople {
  public static final String PASSWORD = "demo1234";

  @PersistenceContext private EntityManager em;
  @Inject private Passwords passwords;
  @Inject private StaffEnrolment enrolment;

  /** Whether the demo's administrator ("admin") exists. */
  public boolean administratorExists() {
    return !em.createNamedQuery("Person.findByUsername", Person.class).setParameter("username", "admin").getResultList().isEmpty();
  }

  /** Whether the demo year was loaded: its program is there. */
  public boolean demoLoaded(String programCode) {
    return !em.createNamedQuery("Program.findByCode", Program.class).setParameter("code", programCode).getResultList().isEmpty();
  }

  /** How many people (accounts) the database holds. */
  public long count() {
    return em.createQuery("select count(p) from Person p", Long.class).getSingleResult();
  }

  /** One provincial office: its officer, one group with its director, and staff members; returns the staff usernames. */
  public List<String> createOffice(String programCode, String prefix, String provinceCode, String groupCode, String[][] names) {
    Program program = em.createNamedQuery("Program.findByCode", Program.class).setParameter("code", programCode).getSingleResult();
    String hash = passwords.hash(PASSWORD);
    Province province = em.find(Province.class, provinceCode);
    Cohort cohort = program.getCohorts().stream().filter(c -> c.getProvinces().contains(province)).findFirst().orElseThrow();
    WorkGroup group = new WorkGroup(province, groupCode, "กลุ่มงานส่งเสริมการพัฒนาชุมชน");
    em.persist(group);
    Person officer = new Person(prefix + ".officer", hash, Role.OFFICER, names[0][0], names[0][1], names[0][2]);
    officer.placeIn(province, null, "พัฒนาการจังหวัด" + province.getNameTh());
    em.persist(officer);
    Person director = new Person(prefix + ".director", hash, Role.DIRECTOR, names[1][0], names[1][1], names[1][2]);
    director.placeIn(province, group, "ผู้อำนวยการ" + group.getNameTh());
    em.persist(director);
    List<String> staff = new ArrayList<>();
    for (int i = 2; i < names.length; i++) {
      Person p = new Person(prefix + ".staff" + (i - 1), hash, Role.STAFF, names[i][0], names[i][1], names[i][2]);
      p.placeIn(province, group, "นักพัฒนาชุมชน");
      p.hire(cohort, cohort.getContractStart(), cohort.getContractEnd());
      em.persist(p);
      em.flush();
      enrolment.enrol(p, program);
      staff.add(p.getUsername());
    }
    return staff;
  }

  /** A further group director of an existing office's group (two directors can then race). */
  public void addDirector(String username, String prefixOfOffice, String title, String firstName, String lastName) {
    Person first = em.createNamedQuery("Person.findByUsername", Person.class).setParameter("username", prefixOfOffice + ".director").getSingleResult();
    Person director = new Person(username, first.getPasswordHash(), Role.DIRECTOR, title, firstName, lastName);
    director.placeIn(first.getProvince(), first.getWorkGroup(), first.getPositionTh());
    em.persist(director);
  }

  public void createAdministrator() {
    Person admin = new Person("admin", passwords.hash(PASSWORD), Role.ADMIN, "", "ผู้ดูแลระบบ", "กองการเจ้าหน้าที่");
    admin.placeIn(null, null, "เจ้าหน้าที่กองการเจ้าหน้าที่");
    em.persist(admin);
  }

  public Long reportId(String programCode, String username, int roundNumber) {
    return em.createQuery("select r.id from Report r where r.staff.username = :u and r.round.number = :n "
            + "and r.round.program.code = :code", Long.class)
        .setParameter("u", username).setParameter("n", roundNumber).setParameter("code", programCode)
        .getResultStream().findFirst().orElse(null);
  }
}
