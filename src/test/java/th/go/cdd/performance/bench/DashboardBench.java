package th.go.cdd.performance.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.people.Role;
import th.go.cdd.performance.testing.JsfClient;

/**
 * The dashboard with the whole country: starts the product WAR in Payara Micro on a fresh
 * PostgreSQL database (cdd_bench), fills it with 10,000 staff in 76 provinces (directors and
 * officers in proportion) and their reports for all four rounds of the 2564 program in every state
 * (KPI entries included), then times the monitoring pages over HTTP as a signed-in administrator:
 * each page once cold, then {@value #RUNS} times, reporting median, p95, min and max.
 *
 * <p>The rows are written with JDBC batches (no process instances: the monitoring pages read the
 * report and person tables only). Run: {@code mvn -Pbench-dashboard -DskipTests package}.
 */
public final class DashboardBench {
  static final int STAFF = Integer.getInteger("bench.staff", 10_000);
  static final int RUNS = Integer.getInteger("bench.runs", 15);
  static final int GROUPS_PER_PROVINCE = 4;
  static final String DB = "cdd_bench";
  static final long FIRST_ID = 50_000_000L;

  private final Path target;
  private final int port = Integer.getInteger("bench.port", 8095);
  private long nextId = FIRST_ID;
  private final Random random = new Random(2564);

  private DashboardBench(Path target) {
    this.target = target;
  }

  public static void main(String[] args) throws Exception {
    new DashboardBench(Path.of(args.length > 0 ? args[0] : "target")).run();
  }

  private void run() throws Exception {
    BenchDatabase.recreate(DB);
    try (BenchServer server = BenchServer.start(target, target.resolve("ROOT.war"), BenchServer.Database.POSTGRES, DB, port,
        target.resolve("bench"), target.resolve("bench/dashboard-server.log"), List.of("-Dcdd.demo.enabled=true"))) {
      Duration ready = server.awaitReady("/health/ready");
      long seedStart = System.nanoTime();
      Map<String, Long> counts = seed();
      double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
      BenchDatabase.analyze(DB);
      long round4 = roundId(4);
      Map<String, double[]> timings = new LinkedHashMap<>();
      JsfClient http = JsfClient.at(server.uri("/")).build();
      if (http.login("admin", "demo1234").showsAnError()) {
        throw new IllegalStateException("the administrator's login failed");
      }
      timings.put("dashboard, round 4 (76 provinces)", time(http, "/app/dashboard.xhtml?round=" + round4, "totalStaff"));
      timings.put("dashboard, round 1", time(http, "/app/dashboard.xhtml?round=" + roundId(1), "totalStaff"));
      timings.put("overdue list, first page (all rounds)", time(http, "/app/overdue.xhtml?round=" + round4, "overdue-row"));
      timings.put("KPI roll-up, year to date", time(http, "/app/rollup.xhtml?round=" + round4, "kpi-row"));
      timings.put("province list (" + STAFF / 76 + " staff)", time(http, "/app/province.xhtml?round=" + round4 + "&province=50", "report-row"));
      report(ready, seedSeconds, counts, timings);
    }
  }

  // ---------------------------------------------------------------- data

  private record Round(long id, int number, LocalDate due) {}

  private Map<String, Long> seed() throws SQLException {
    try (Connection c = BenchDatabase.connect(DB, "?reWriteBatchedInserts=true")) {
      c.setAutoCommit(false);
      long program = single(c, "select id from program where code = 'cdd-temp-staff-2564'");
      List<Round> rounds = new ArrayList<>();
      try (ResultSet rs = c.createStatement().executeQuery("select id, number, duedate from reporting_round where program_id = " + program + " order by number")) {
        while (rs.next()) {
          rounds.add(new Round(rs.getLong(1), rs.getInt(2), rs.getDate(3).toLocalDate()));
        }
      }
      List<Long> kpis = new ArrayList<>();
      try (ResultSet rs = c.createStatement().executeQuery("select id from kpi_definition where program_id = " + program + " order by number")) {
        while (rs.next()) {
          kpis.add(rs.getLong(1));
        }
      }
      Map<String, long[]> cohortOf = new LinkedHashMap<>(); // province -> {cohort id}
      Map<Long, LocalDate[]> contracts = new LinkedHashMap<>();
      try (ResultSet rs = c.createStatement().executeQuery("select c.id, cp.provinces_code, c.contractstart, c.contractend from cohort c "
          + "join cohort_province cp on cp.cohort_id = c.id where c.program_id = " + program + " order by cp.provinces_code")) {
        while (rs.next()) {
          cohortOf.put(rs.getString(2), new long[] {rs.getLong(1)});
          contracts.put(rs.getLong(1), new LocalDate[] {rs.getDate(3).toLocalDate(), rs.getDate(4).toLocalDate()});
        }
      }
      long people = 0;
      long reports = 0;
      long entries = 0;
      List<String> provinces = new ArrayList<>(cohortOf.keySet());
      try (PreparedStatement group = c.prepareStatement("insert into work_group (id, code, nameth, province_code) values (?,?,?,?)");
           PreparedStatement person = c.prepareStatement("insert into person (id, username, passwordhash, role, title, firstname, lastname, "
               + "namesortkey, positionth, province_code, workgroup_id, cohort_id, contractstart, contractend) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
           PreparedStatement report = c.prepareStatement("insert into report (id, staff_id, round_id, status, overdue, duedate, pendinggroup, "
               + "pendingassignee, updatedat, startedat, submissioncount, version) values (?,?,?,?,?,?,?,?,?,?,?,0)");
           PreparedStatement entry = c.prepareStatement("insert into kpi_entry (id, report_id, kpi_id, figure, base, level) values (?,?,?,?,?,?)")) {
        for (int p = 0; p < provinces.size(); p++) {
          String code = provinces.get(p);
          long cohort = cohortOf.get(code)[0];
          LocalDate[] contract = contracts.get(cohort);
          long[] groups = new long[GROUPS_PER_PROVINCE];
          for (int g = 0; g < GROUPS_PER_PROVINCE; g++) {
            groups[g] = nextId++;
            group.setLong(1, groups[g]);
            group.setString(2, "g" + (g + 1));
            group.setString(3, "กลุ่มงานที่ " + (g + 1));
            group.setString(4, code);
            group.addBatch();
          }
          group.executeBatch();
          people += addPerson(person, "bench." + code + ".officer", Role.OFFICER, code, null, null, null, "พัฒนาการ", code);
          for (int g = 0; g < GROUPS_PER_PROVINCE; g++) {
            people += addPerson(person, "bench." + code + ".director" + (g + 1), Role.DIRECTOR, code, groups[g], null, null, "ผู้อำนวยการ", code + g);
          }
          int staffHere = STAFF / provinces.size() + (p < STAFF % provinces.size() ? 1 : 0);
          for (int i = 0; i < staffHere; i++) {
            int g = i % GROUPS_PER_PROVINCE;
            long staffId = nextId;
            people += addPerson(person, "bench." + code + ".s" + i, Role.STAFF, code, groups[g], cohort, contract, "พนักงาน", code + "-" + i);
            for (Round r : rounds) {
              String status = status(r.number());
              if (status == null) {
                continue; // the round has not opened for this one yet
              }
              long reportId = nextId++;
              boolean started = !"UNTOUCHED".equals(status);
              String stored = started ? status : "DRAFT";
              report.setLong(1, reportId);
              report.setLong(2, staffId);
              report.setLong(3, r.id());
              report.setString(4, stored);
              report.setBoolean(5, !"SIGNED".equals(stored));
              report.setDate(6, Date.valueOf(r.due()));
              report.setString(7, switch (stored) {
                case "WITH_DIRECTOR" -> Person.directorGroup(code, "g" + (g + 1));
                case "WITH_OFFICER" -> Person.officerGroup(code);
                default -> null;
              });
              report.setString(8, "DRAFT".equals(stored) || "RETURNED".equals(stored) ? "bench." + code + ".s" + i : null);
              Timestamp at = Timestamp.valueOf(r.due().minusDays(3).atStartOfDay());
              report.setTimestamp(9, at);
              report.setTimestamp(10, started ? at : null);
              report.setInt(11, started && !"DRAFT".equals(stored) ? 1 : 0);
              report.addBatch();
              reports++;
              if (started) {
                for (int k = 0; k < kpis.size() - 1; k++) {
                  entry.setLong(1, nextId++);
                  entry.setLong(2, reportId);
                  entry.setLong(3, kpis.get(k));
                  int level = random.nextInt(6);
                  entry.setBigDecimal(4, java.math.BigDecimal.valueOf(level * 10L + random.nextInt(10)));
                  entry.setBigDecimal(5, k == 1 ? java.math.BigDecimal.valueOf(100) : null);
                  entry.setInt(6, level);
                  entry.addBatch();
                  entries++;
                }
              }
            }
          }
          person.executeBatch();
          report.executeBatch();
          entry.executeBatch();
          c.commit();
        }
      }
      try (Statement s = c.createStatement()) {
        s.execute("select setval('seq_gen_sequence', " + (nextId + 1000) + ")");
      } catch (SQLException e) {
        c.rollback(); // the application's sequence may be named differently; ids above are far from its range
      }
      c.commit();
      return Map.of("people", people, "reports", reports, "kpi entries", entries);
    }
  }

  /** Rounds 1-3 are mostly signed; round 4, the current one, has every state. */
  private String status(int round) {
    int x = random.nextInt(100);
    if (round < 4) {
      return x < 88 ? "SIGNED" : x < 92 ? "WITH_OFFICER" : x < 95 ? "WITH_DIRECTOR" : x < 97 ? "RETURNED" : x < 99 ? "DRAFT" : "UNTOUCHED";
    }
    return x < 10 ? null : x < 25 ? "UNTOUCHED" : x < 40 ? "DRAFT" : x < 60 ? "WITH_DIRECTOR" : x < 75 ? "WITH_OFFICER" : x < 80 ? "RETURNED" : "SIGNED";
  }

  private int addPerson(PreparedStatement ps, String username, Role role, String province, Long group, Long cohort, LocalDate[] contract,
      String first, String last) throws SQLException {
    Person p = new Person(username, "not-a-login", role, "นาย", first, last + " " + username.hashCode());
    ps.setLong(1, nextId++);
    ps.setString(2, username);
    ps.setString(3, "not-a-login");
    ps.setString(4, role.name());
    ps.setString(5, p.getTitle());
    ps.setString(6, p.getFirstName());
    ps.setString(7, p.getLastName());
    ps.setString(8, p.getNameSortKey());
    ps.setString(9, "นักพัฒนาชุมชน");
    ps.setString(10, province);
    ps.setObject(11, group);
    ps.setObject(12, cohort);
    ps.setObject(13, contract == null ? null : Date.valueOf(contract[0]));
    ps.setObject(14, contract == null ? null : Date.valueOf(contract[1]));
    ps.addBatch();
    return 1;
  }

  private long roundId(int number) throws SQLException {
    try (Connection c = BenchDatabase.connect(DB, "")) {
      return single(c, "select r.id from reporting_round r join program p on p.id = r.program_id where p.code = 'cdd-temp-staff-2564' and r.number = " + number);
    }
  }

  private static long single(Connection c, String sql) throws SQLException {
    try (ResultSet rs = c.createStatement().executeQuery(sql)) {
      if (!rs.next()) {
        throw new IllegalStateException("no row: " + sql);
      }
      return rs.getLong(1);
    }
  }

  // ---------------------------------------------------------------- measuring

  /** The page once cold, then RUNS times: milliseconds [cold, median, p95, min, max]; each answer must hold the marker. */
  private double[] time(JsfClient http, String path, String marker) throws IOException, InterruptedException {
    List<Double> ms = new ArrayList<>();
    double cold = 0;
    for (int i = 0; i <= RUNS; i++) {
      JsfClient.Answer r = http.get(path);
      double elapsed = r.ms();
      if (r.statusCode() != 200 || !r.body().contains(marker)) {
        throw new IllegalStateException(path + " answered " + r.statusCode() + " without " + marker);
      }
      if (i == 0) {
        cold = elapsed;
      } else {
        ms.add(elapsed);
      }
    }
    Stats stats = new Stats(ms);
    return new double[] {cold, stats.median(), stats.percentile(95), stats.min(), stats.max()};
  }

  private void report(Duration ready, double seedSeconds, Map<String, Long> counts, Map<String, double[]> timings) throws IOException {
    StringWriter out = new StringWriter();
    PrintWriter w = new PrintWriter(out);
    w.printf("## Dashboard benchmark (PostgreSQL, %d staff, 4 rounds)%n%n", STAFF);
    w.printf("Machine: %d cores, %.1f GiB max heap for the bench JVM; server options from server-config/jvm.options. Server ready in %.1f s.%n",
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / 1073741824.0, ready.toMillis() / 1000.0);
    w.printf("Seeded %s in %.1f s (JDBC batches).%n%n", counts, seedSeconds);
    w.printf("| page (admin, whole country) | cold ms | median ms | p95 ms | min ms | max ms |%n|---|---:|---:|---:|---:|---:|%n");
    timings.forEach((page, t) -> w.printf("| %s | %.0f | %.0f | %.0f | %.0f | %.0f |%n", page, t[0], t[1], t[2], t[3], t[4]));
    w.printf("%n%d timed requests per page after one cold request; HTTP round trip including JSF rendering.%n", RUNS);
    w.flush();
    System.out.println(out);
    Files.writeString(target.resolve("bench/dashboard.md"), out.toString());
  }
}
