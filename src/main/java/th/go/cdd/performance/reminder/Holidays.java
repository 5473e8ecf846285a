package th.go.cdd.performance.reminder;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
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
import th.go.cdd.performance.access.AccessPolicy;
import th.go.cdd.performance.people.People;
import th.go.cdd.performance.shared.BusinessException;

/** The public holidays: seeded once from {@value #SEED}, then kept by administrators. */
@Stateless
public class Holidays {
  public static final String SEED = "programs/holidays-th.csv";
  private static final Logger LOG = Logger.getLogger(Holidays.class.getName());
  /** Working days are counted at most this far around a date (a reminder interval is a few days). */
  private static final int WINDOW_DAYS = 400;
  /**
   * The dates last read, with the table's stamp when they were read. Each use first reads the stamp (one
   * small aggregate) and the dates again only when it changed, so a holiday added or removed on any server of
   * a cluster counts on every server at once, without every timer reading the whole list.
   */
  private static volatile Snapshot snapshot;

  @PersistenceContext private EntityManager em;
  @Resource private TransactionSynchronizationRegistry transactions;
  @Inject private People people;

  /** Loads the seed file into an empty table; an administrator's later edits are never overwritten. */
  public void seedIfEmpty() {
    long existing = em.createNamedQuery("PublicHoliday.count", Long.class).getSingleResult();
    if (existing > 0) {
      return;
    }
    List<PublicHoliday> seed = read(SEED);
    seed.forEach(em::persist);
    forgetDays();
    LOG.info(() -> "public holidays seeded: " + seed.size());
  }

  /**
   * Working days around {@code day} (a window of a year or so either side). Every timer of every
   * report counts working days, so the holiday dates are read again only when the table changed.
   */
  public WorkingDays around(LocalDate day) {
    LocalDate from = day.minusDays(WINDOW_DAYS);
    LocalDate to = day.plusDays(WINDOW_DAYS);
    return new WorkingDays(days().stream().filter(d -> !d.isBefore(from) && !d.isAfter(to)).toList());
  }

  private List<LocalDate> days() {
    Snapshot s = snapshot;
    List<?> stamp = stamp();
    if (s == null || !s.stamp().equals(stamp)) {
      s = new Snapshot(List.copyOf(em.createNamedQuery("PublicHoliday.findBetween", LocalDate.class)
          .setParameter("from", LocalDate.of(1900, 1, 1)).setParameter("to", LocalDate.of(2999, 12, 31)).getResultList()), stamp);
      snapshot = s;
    }
    return s.days();
  }

  /** The table's stamp: how many rows, the highest and the sum of their ids (holidays are added and removed, never edited). */
  private List<?> stamp() {
    Object[] row = em.createNamedQuery("PublicHoliday.stamp", Object[].class).getSingleResult();
    return java.util.Arrays.stream(row).map(v -> v == null ? 0L : ((Number) v).longValue()).toList();
  }

  /** Now, and once more after the commit, so no reader keeps what it read before the edit. */
  private void forgetDays() {
    snapshot = null;
    transactions.registerInterposedSynchronization(new Synchronization() {
      @Override
      public void beforeCompletion() {
        // nothing to do before the commit
      }

      @Override
      public void afterCompletion(int status) {
        snapshot = null;
      }
    });
  }

  private record Snapshot(List<LocalDate> days, List<?> stamp) {}

  public List<PublicHoliday> all() {
    return em.createNamedQuery("PublicHoliday.findAll", PublicHoliday.class).getResultList();
  }

  public PublicHoliday add(String username, LocalDate day, String nameTh, String nameEn) {
    AccessPolicy.requireAdministrator(people.byUsername(username));
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
    forgetDays();
    return h;
  }

  public void remove(String username, long id) {
    AccessPolicy.requireAdministrator(people.byUsername(username));
    PublicHoliday h = em.find(PublicHoliday.class, id);
    if (h != null) {
      em.remove(h);
      forgetDays();
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
