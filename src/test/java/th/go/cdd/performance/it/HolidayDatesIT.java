package th.go.cdd.performance.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.junit.jupiter.api.extension.ExtendWith;
import th.go.cdd.performance.reminder.Holidays;
import th.go.cdd.performance.reminder.PublicHoliday;

/**
 * The holiday dates every timer counts with are kept in memory; an administrator's edit shows at once, on
 * this server and on any other (a row written without this server's service, as another server writes it).
 */
@ExtendWith(ArquillianExtension.class)
class HolidayDatesIT {
  @Deployment
  static WebArchive deployment() {
    return Deployments.productWithFixture(HolidayDatesIT.class);
  }

  @EJB private ItFixture fixture;
  @EJB private Holidays holidays;

  @Test
  void anAddedOrRemovedHolidayCountsAtOnce() {
    String admin = fixture.administrator();
    // a Wednesday far ahead, so no seeded holiday falls on it
    LocalDate day = LocalDate.of(2590, 6, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
    assertThat(holidays.around(day).isWorkingDay(day)).isTrue(); // read once and kept

    PublicHoliday added = holidays.add(admin, day, "วันหยุดทดสอบ", "Test holiday");
    assertThat(holidays.around(day).isWorkingDay(day)).isFalse();

    holidays.remove(admin, added.getId());
    assertThat(holidays.around(day).isWorkingDay(day)).isTrue();
  }

  @PersistenceContext private EntityManager em;
  @Resource private UserTransaction tx;

  @Test
  void aHolidayAddedOrRemovedByAnotherServerCountsAtOnce() {
    LocalDate day = LocalDate.of(2591, 6, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
    assertThat(holidays.around(day).isWorkingDay(day)).isTrue(); // read once and kept

    // straight to the table: this server's Holidays is not told
    long added = Tx.inTx(tx, () -> {
      PublicHoliday holiday = new PublicHoliday(day, "วันหยุดจากอีกเครื่อง", "Another server's holiday");
      em.persist(holiday);
      em.flush();
      return holiday.getId();
    });
    assertThat(holidays.around(day).isWorkingDay(day)).isFalse();

    Tx.inTx(tx, () -> {
      em.remove(em.find(PublicHoliday.class, added));
      return null;
    });
    assertThat(holidays.around(day).isWorkingDay(day)).isTrue();
  }
}
