package th.go.cdd.performance.reminder;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import th.go.cdd.performance.people.People;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.people.Role;
import th.go.cdd.performance.shared.BusinessException;

/** The public holidays: seeded once from {@value #SEED}, then kept by administrators. */
@Stateless
public class Holidays {
  public static final String SEED = "programs/holidays-th.csv";
  private static final Logger LOG = Logger.getLogger(Holidays.class.getName());
  /** Working days are counted at most this far around a date (a reminder interval is a few days). */
  private static final int WINDOW_DAYS = 400;

  @PersistenceContext private EntityManager em;
  @Inject private People people;

  /** Loads the seed file into an empty table; an administrator's later edits are never overwritten. */
  public void seedIfEmpty() {
    long existing = em.createNamedQuery("PublicHoliday.count", Long.class).getSingleResult();
    if (existing > 0) {
      return;
    }
    List<PublicHoliday> seed = read(SEED);
    seed.forEach(em::persist);
    LOG.info(() -> "public holidays seeded: " + seed.size());
  }

  /** Working days around {@code day} (a window of a year or so either side). */
  public WorkingDays around(LocalDate day) {
    return new WorkingDays(em.createNamedQuery("PublicHoliday.findBetween", LocalDate.class)
        .setParameter("from", day.minusDays(WINDOW_DAYS)).setParameter("to", day.plusDays(WINDOW_DAYS)).getResultList());
  }

  public List<PublicHoliday> all() {
    return em.createNamedQuery("PublicHoliday.findAll", PublicHoliday.class).getResultList();
  }

  public PublicHoliday add(String username, LocalDate day, String nameTh, String nameEn) {
    requireAdmin(username);
    if (day == null || nameTh == null || nameTh.isBlank()) {
      throw new BusinessException("holiday.required");
    }
    if (nameTh.length() > 200 || (nameEn != null && nameEn.length() > 200)) {
      throw new BusinessException("input.tooLong", 200);
    }
    if (!em.createNamedQuery("PublicHoliday.findByDay", PublicHoliday.class).setParameter("day", day).getResultList().isEmpty()) {
      throw new BusinessException("holiday.exists", th.go.cdd.performance.shared.ThaiDates.format(day));
    }
    PublicHoliday h = new PublicHoliday(day, nameTh, nameEn);
    em.persist(h);
    return h;
  }

  public void remove(String username, long id) {
    requireAdmin(username);
    PublicHoliday h = em.find(PublicHoliday.class, id);
    if (h != null) {
      em.remove(h);
    }
  }

  private void requireAdmin(String username) {
    Person user = people.byUsername(username);
    if (user.getRole() != Role.ADMIN) {
      throw new BusinessException("access.denied");
    }
  }

  /** Reads {@code date,nameTh,nameEn} lines (CE dates, ISO format); {@code #} starts a comment. */
  static List<PublicHoliday> read(String resource) {
    InputStream in = Holidays.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing " + resource);
    }
    List<PublicHoliday> result = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      boolean header = true;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] f = line.split(",", 3);
        result.add(new PublicHoliday(LocalDate.parse(f[0].strip()), f[1].strip(), f.length > 2 ? f[2].strip() : null));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return result;
  }
}
