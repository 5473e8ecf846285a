package th.go.cdd.performance.bench.inbox;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.persistence.jpa.JpaEntityManagerFactory;
import th.go.cdd.performance.approval.InboxFilter;
import th.go.cdd.performance.approval.InboxReads;
import th.go.cdd.performance.approval.InboxRow;
import th.go.cdd.performance.migration.SchemaMigration;
import th.go.cdd.performance.people.Person;

/**
 * The query plans and times of the director's and the officer's inbox at 10,000 staff, on PostgreSQL and on
 * the embedded H2 default: the schema made by the application's migrations (as a server makes it), a
 * country's deadline written by {@link InboxCountry}, then the page and the count the inbox page sends on
 * first open (no filter, sorted by due date, the first 20 rows), read by {@code approval/InboxReads} as the
 * inbox reads them and sent by EclipseLink. The SQL is taken from EclipseLink as it was sent ({@link SentSql}),
 * explained with the values it was bound to, and timed through the persistence unit.
 *
 * <p>{@code mvn -B -ntp -o -q test-compile exec:java -Dexec.mainClass=th.go.cdd.performance.bench.inbox.InboxPlans
 * -Dexec.classpathScope=test -Dexec.args=target/bench/inbox-plans.md}. It needs the local PostgreSQL
 * (127.0.0.1:5432, postgres/postgres), makes its own database {@code cdd_inbox_plans} and drops it at the
 * end; the H2 file database is under {@code target/bench/inbox-plans/}.
 */
public final class InboxPlans {
  private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/";
  private static final String DATABASE = "cdd_inbox_plans";
  /** The inbox page's first open: page size 20 from the first row, sorted by due date ascending. */
  private static final int PAGE = 20;
  private static final int WARM_UP = 30;
  private static final int RUNS = 100;
  /**
   * The inboxes read: a director's and an officer's. The plan is read for the first province's (run 0);
   * the timed runs go round the provinces and groups, as different people open their inboxes, so that no
   * run is answered from the result H2 keeps of the same statement with the same values.
   */
  private static final List<Reader> READERS = List.of(
      new Reader("director", run -> String.format("bench.P%02d.d%d", run % InboxCountry.PROVINCES + 1, run % InboxCountry.GROUPS + 1)),
      new Reader("officer", run -> String.format("bench.P%02d.officer", run % InboxCountry.PROVINCES + 1)));

  /** Whose inbox a run reads. */
  private record Reader(String role, IntFunction<String> username) {}

  /** Liquibase's report of every change set it runs, held here so the setting is not collected away. */
  private static final Logger QUIET = Logger.getLogger("liquibase");

  private InboxPlans() {}

  public static void main(String[] args) throws Exception {
    QUIET.setLevel(Level.WARNING);
    Path out = Path.of(args.length > 0 ? args[0] : "target/bench/inbox-plans.md");
    StringBuilder md = new StringBuilder();
    md.append("# Inbox plans\n\n");
    md.append("Data: ").append(InboxCountry.STAFF).append(" staff in ").append(InboxCountry.PROVINCES).append(" provinces (")
        .append(InboxCountry.GROUPS).append(" groups each), ").append(InboxCountry.ROUNDS).append(" rounds, ")
        .append(InboxCountry.STAFF * InboxCountry.ROUNDS).append(" reports. Times: ").append(RUNS).append(" runs after ")
        .append(WARM_UP).append(" warm-up runs, each in a new EntityManager, going round the provinces' readers.\n\n");
    md.append("Load average at the start: ").append(load()).append("\n\n");
    md.append(onPostgres());
    md.append(onH2());
    md.append("Load average at the end: ").append(load()).append("\n");
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, md);
    System.out.println(md);
  }

  /** The machine's load average (1, 5, 15 minutes): the times are only as quiet as the machine was. */
  private static String load() throws java.io.IOException {
    Path loadavg = Path.of("/proc/loadavg");
    return Files.exists(loadavg) ? String.join(" ", Arrays.asList(Files.readString(loadavg).trim().split(" ")).subList(0, 3)) : "unknown";
  }

  private static String onPostgres() throws Exception {
    try (Connection admin = DriverManager.getConnection(POSTGRES + "postgres", "postgres", "postgres"); Statement s = admin.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
      s.execute("CREATE DATABASE " + DATABASE);
    }
    try {
      return measure("PostgreSQL", "org.postgresql.Driver", POSTGRES + DATABASE, "postgres", "postgres", true);
    } finally {
      if (!Boolean.getBoolean("inbox.keep")) { // -Dinbox.keep=true leaves it for a look with psql
        try (Connection admin = DriverManager.getConnection(POSTGRES + "postgres", "postgres", "postgres"); Statement s = admin.createStatement()) {
          s.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
        }
      }
    }
  }

  private static String onH2() throws Exception {
    Path dir = Path.of("target/bench/inbox-plans").toAbsolutePath();
    Files.createDirectories(dir);
    try (var files = Files.list(dir)) {
      for (Path file : files.toList()) {
        Files.delete(file);
      }
    }
    // the production pool's URL (server-config/post-boot-h2.txt), on a file of its own
    return measure("H2", "org.h2.Driver", "jdbc:h2:file:" + dir.resolve("cdd") + ";MODE=LEGACY;LOCK_TIMEOUT=10000", "sa", "sa", false);
  }

  private static String measure(String name, String driver, String url, String user, String password, boolean postgres) throws Exception {
    StringBuilder md = new StringBuilder("## ").append(name).append("\n\n");
    long started = System.nanoTime();
    try (Connection c = DriverManager.getConnection(url, user, password)) {
      new SchemaMigration(c).migrate();
      c.setAutoCommit(true); // Liquibase leaves its connection in a transaction
      new InboxCountry(postgres).writeInto(c);
      try (Statement s = c.createStatement()) {
        s.execute("ANALYZE");
      }
    }
    md.append(String.format("Schema migrated and data written in %.1f s.%n%n", (System.nanoTime() - started) / 1e9));
    md.append("Indexes on REPORT: ").append(indexes(url, user, password)).append("\n\n");
    EntityManagerFactory unit = open(driver, url, user, password);
    SentSql sent = new SentSql();
    unit.unwrap(JpaEntityManagerFactory.class).getServerSession().getEventManager().addListener(sent);
    try (Connection c = DriverManager.getConnection(url, user, password)) {
      for (Reader reader : READERS) {
        md.append("### The ").append(reader.role()).append("'s inbox (plan: ").append(reader.username().apply(0)).append(")\n\n");
        read(unit, "page", run -> em -> page(em, reader.username().apply(run), sent).size(), sent, c, postgres, md);
        read(unit, "count", run -> em -> count(em, reader.username().apply(run), sent), sent, c, postgres, md);
      }
    } finally {
      unit.close();
    }
    return md.toString();
  }

  /** One read of one inbox: the SQL EclipseLink sent for it, its plan, and its times. */
  private static void read(EntityManagerFactory unit, String what, IntFunction<Function<EntityManager, Number>> query, SentSql sent,
      Connection c, boolean postgres, StringBuilder md) throws SQLException {
    inNew(unit, query.apply(0));
    Number result = inNew(unit, query.apply(0));
    md.append("#### ").append(what).append(" (").append(what.equals("page") ? "rows: " : "count: ").append(result).append(")\n\n");
    for (SentSql.Statement statement : sent.all()) {
      md.append("```sql\n").append(statement.sql()).append("\n-- bound: ").append(statement.values()).append("\n```\n\n");
      md.append("```\n").append(explain(c, statement, postgres)).append("```\n\n");
    }
    for (int i = 0; i < WARM_UP; i++) {
      inNew(unit, query.apply(RUNS + i));
    }
    double[] millis = new double[RUNS];
    for (int i = 0; i < RUNS; i++) {
      Function<EntityManager, Number> run = query.apply(i);
      long t = System.nanoTime();
      inNew(unit, run);
      millis[i] = (System.nanoTime() - t) / 1e6;
    }
    Arrays.sort(millis);
    md.append(String.format("Time through EclipseLink: median %.2f ms, p95 %.2f ms, max %.2f ms (%d runs).%n%n",
        millis[RUNS / 2], millis[(int) Math.ceil(RUNS * 0.95) - 1], millis[RUNS - 1], RUNS));
    md.append("(Each run: the reader looked up by username, then the ").append(what).append(" query, in a new EntityManager.)\n\n");
  }

  /** The inbox's first page as {@code Inbox.page} reads it (no principals: nobody stands in for anyone). */
  private static List<InboxRow> page(EntityManager em, String username, SentSql sent) {
    Person reader = reader(em, username);
    sent.clear();
    return new InboxReads(em).page(reader, List.of(), InboxFilter.none(), 0, PAGE, "dueDate", true);
  }

  private static long count(EntityManager em, String username, SentSql sent) {
    Person reader = reader(em, username);
    sent.clear();
    return new InboxReads(em).count(reader, List.of(), InboxFilter.none());
  }

  /** The reader, looked up as {@code People.byUsername} does. */
  private static Person reader(EntityManager em, String username) {
    return em.createNamedQuery("Person.findByUsername", Person.class).setParameter("username", username).getSingleResult();
  }

  private static Number inNew(EntityManagerFactory unit, Function<EntityManager, Number> query) {
    EntityManager em = unit.createEntityManager();
    try {
      return query.apply(em);
    } finally {
      em.close();
    }
  }

  private static String explain(Connection c, SentSql.Statement statement, boolean postgres) throws SQLException {
    String prefix = postgres ? "EXPLAIN (ANALYZE, BUFFERS) " : "EXPLAIN ANALYZE ";
    StringBuilder plan = new StringBuilder();
    try (PreparedStatement ps = c.prepareStatement(prefix + statement.sql())) {
      List<Object> values = statement.values();
      for (int i = 0; i < values.size(); i++) {
        ps.setObject(i + 1, values.get(i));
      }
      try (ResultSet rows = ps.executeQuery()) {
        while (rows.next()) {
          plan.append(rows.getString(1)).append('\n');
        }
      }
    }
    return plan.toString();
  }

  private static String indexes(String url, String user, String password) throws SQLException {
    List<String> names = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(url, user, password);
        ResultSet rows = c.getMetaData().getIndexInfo(null, null, url.startsWith("jdbc:h2") ? "REPORT" : "report", false, false)) {
      Map<String, List<String>> columns = new HashMap<>();
      while (rows.next()) {
        String index = rows.getString("INDEX_NAME");
        if (index != null) {
          if (!columns.containsKey(index)) {
            names.add(index);
          }
          columns.computeIfAbsent(index, k -> new ArrayList<>()).add(rows.getString("COLUMN_NAME"));
        }
      }
      return String.join(", ", names.stream().map(n -> n + " (" + String.join(", ", columns.get(n)) + ")").toList());
    }
  }

  private static EntityManagerFactory open(String driver, String url, String user, String password) {
    Map<String, Object> settings = new HashMap<>();
    settings.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
    settings.put("jakarta.persistence.jtaDataSource", "");
    settings.put("jakarta.persistence.jdbc.driver", driver);
    settings.put("jakarta.persistence.jdbc.url", url);
    settings.put("jakarta.persistence.jdbc.user", user);
    settings.put("jakarta.persistence.jdbc.password", password);
    settings.put("eclipselink.target-server", "None");
    settings.put("eclipselink.logging.level", "WARNING");
    return Persistence.createEntityManagerFactory("cdd", settings);
  }
}
