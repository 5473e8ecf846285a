package th.go.cdd.performance.it;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.time.LocalDate;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.people.Role;
import th.go.cdd.performance.reminder.Reminders;
import th.go.cdd.performance.security.Passwords;
import th.go.cdd.performance.shared.ThaiDates;

/**
 * Test-only: GET /it-reminder-fixture?prefix=x makes an office in Chiang Mai with one staff member
 * whose report is overdue, an administrator prefix.admin, and has the officer nudge the province,
 * so the staff member has one reminder. Answers {"officer", "staff", "admin"} in JSON.
 */
@WebServlet("/it-reminder-fixture")
public class ReminderFixtureServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @EJB private ItFixture fixture;
  @EJB private Reminders reminders;
  @Inject private Passwords passwords;
  @PersistenceContext private EntityManager em;
  @Resource private UserTransaction utx;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String prefix = req.getParameter("prefix");
    ItFixture.Office o = fixture.createOffice(prefix, "50", 1);
    String admin = prefix + ".admin";
    try {
      utx.begin();
      Person a = new Person(admin, passwords.hash(ItFixture.PASSWORD), Role.ADMIN, "", "ผู้ดูแล" + prefix, "ทดสอบ");
      a.setEmail(admin + "@it.cdd.test");
      em.persist(a);
      em.createQuery("update Person p set p.email = concat(p.username, '@it.cdd.test') where p.username like :p")
          .setParameter("p", prefix + "%").executeUpdate();
      em.createQuery("update Report r set r.dueDate = :d where r.id = :id")
          .setParameter("d", LocalDate.now(ThaiDates.BANGKOK).minusDays(3)).setParameter("id", o.reports().get(0)).executeUpdate();
      utx.commit();
    } catch (Exception e) {
      throw new IOException(e);
    }
    reminders.nudgeProvince(o.officer(), "50");
    resp.setContentType("application/json;charset=UTF-8");
    resp.getWriter().print(Json.createObjectBuilder().add("officer", o.officer()).add("staff", o.staff().get(0)).add("admin", admin).build());
  }
}
