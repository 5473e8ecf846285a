package th.go.cdd.performance.chaos;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The backup and restore drill, as an operator does it (docs/operations.md): point-in-time recovery of
 * the throwaway cluster from a base backup plus its WAL archive, then the application on the restored
 * database, then the verification page's check of every signature chain in it.
 *
 * <ol>
 *   <li>a base backup of the running cluster ({@code pg_basebackup -Ft -z -X stream -c fast});
 *   <li>the caller's writes, if any ({@link Writes}): they exist only in the WAL archive, not in the backup;
 *   <li>a restore point ({@code pg_create_restore_point('drill')}) and a WAL switch, and a wait until the
 *       archiver has copied that segment;
 *   <li>{@code server-config/restore-drill.sh}: the backup into a fresh data directory, recovery from the
 *       archive up to the restore point, promoted, on port {@link #PG_PORT};
 *   <li>the application (demo off, the caller's options, which must name the same seal keystore) on the
 *       restored database on port {@link #HTTP_PORT}, until /health/ready;
 *   <li>{@code GET /chaos-chains} ({@link ChainsServlet}): every signed report verified.
 * </ol>
 *
 * Needs the cluster started with {@link ThrowawayPostgres#withWalArchive()} and the chaos WAR (with
 * {@link ChainsServlet}). Everything it starts it stops; the backup and the restored cluster are removed.
 */
final class RestoreDrill {
  static final int PG_PORT = Integer.getInteger("chaos.drill.pgPort", 5497);
  static final int HTTP_PORT = Integer.getInteger("chaos.drill.port", 8231);
  static final String RESTORE_POINT = "drill";
  private static final Duration ARCHIVE_WAIT = Duration.ofSeconds(120);

  /** What the caller does between the base backup and the restore point (the cluster run's traffic, say). */
  @FunctionalInterface
  interface Writes {
    void run() throws Exception;
  }

  /** Signed reports and signatures, as a database holds them. */
  record Signed(long reports, long signatures) {
    @Override
    public String toString() {
      return reports + " reports, " + signatures + " signatures";
    }
  }

  private final Path target;
  private final Path war;
  private final Path out;
  private final ThrowawayPostgres pg;
  private final String database;
  private final List<String> serverOptions;

  /**
   * @param target the build directory (server/payara-micro.jar, server/postgresql.jar)
   * @param war the chaos WAR ({@link ChaosMain#main}'s, with {@link ChainsServlet})
   * @param out where the restored server's log goes
   * @param pg the running cluster, started {@link ThrowawayPostgres#withWalArchive()}
   * @param database the application's database in it
   * @param serverOptions system properties for the server on the restored database, at least the
   *     same {@code -Dcdd.seal.keystore=} as the servers that signed; demo is turned off here
   */
  RestoreDrill(Path target, Path war, Path out, ThrowawayPostgres pg, String database, List<String> serverOptions) {
    this.target = target;
    this.war = war;
    this.out = out;
    this.pg = pg;
    this.database = database;
    this.serverOptions = List.copyOf(serverOptions);
  }

  void run(Findings findings) throws Exception {
    run(findings, () -> {});
  }

  void run(Findings findings, Writes afterBackup) throws Exception {
    Path backup = pg.folder("drill-backup").resolve("base");
    Path restore = pg.folder("drill-restore");
    Path data = restore.resolve("data");
    boolean restored = false;
    PayaraServer server = null;
    try {
      long archivedBefore = archived();
      Signed atBackup;
      try (Connection c = DriverManager.getConnection(pg.url(database), "postgres", "postgres"); Statement s = c.createStatement()) {
        atBackup = signed(s);
      }
      long t0 = System.nanoTime();
      pg.runAsOwner(pg.bin().resolve("pg_basebackup").toString(), "-h", "127.0.0.1", "-p", String.valueOf(ThrowawayPostgres.PORT), "-U",
          "postgres", "-D", backup.toString(), "-Ft", "-z", "-X", "stream", "-c", "fast", "-l", "restore drill");
      double backupSeconds = seconds(t0);
      findings.figure(String.format("Base backup (pg_basebackup -Ft -z -X stream, fast checkpoint): %.1f MB in %.1f s", megabytes(backup),
          backupSeconds));

      afterBackup.run();
      Signed source;
      Signed sourceAfter;
      String segment;
      try (Connection c = DriverManager.getConnection(pg.url(database), "postgres", "postgres"); Statement s = c.createStatement()) {
        source = signed(s);
        s.execute("select pg_create_restore_point('" + RESTORE_POINT + "')");
        sourceAfter = signed(s);
        segment = single(s, "select pg_walfile_name(pg_switch_wal())");
      }
      Path archive = pg.walArchive();
      boolean archivedPoint = waitFor(() -> Files.exists(archive.resolve(segment)));
      findings.check("the WAL segment holding the restore point is in the archive", archivedPoint,
          segment + (archivedPoint ? " archived" : " not archived within " + ARCHIVE_WAIT.toSeconds() + " s"));
      findings.figure(String.format("WAL archive: %d segments at the restore point, %d archived since the base backup began", archived(),
          archived() - archivedBefore));
      findings.figure("Source at the base backup: " + atBackup + "; at the restore point: " + source
          + (source.equals(sourceAfter) ? "" : " (" + sourceAfter + " just after it)") + ", the difference only in the WAL archive");

      Path script = restore.resolve("restore-drill.sh");
      Files.copy(Path.of("server-config", "restore-drill.sh"), script);
      long t1 = System.nanoTime();
      restored = true;
      try {
        pg.runAsOwner("bash", script.toString(), "--backup=" + backup, "--archive=" + archive, "--data=" + data, "--port=" + PG_PORT,
            "--target-name=" + RESTORE_POINT, "--socket-dir=" + restore, "--timeout=600");
      } catch (IllegalStateException e) {
        findings.check("the restored cluster ended recovery and was promoted", false, e.getMessage());
        throw e;
      }
      double restoreSeconds = seconds(t1);
      findings.figure(String.format("Restore and recovery to restore point '%s' (server-config/restore-drill.sh, until promoted): %.1f s",
          RESTORE_POINT, restoreSeconds));
      Signed copy;
      boolean inRecovery;
      try (Connection c = DriverManager.getConnection(url(database), "postgres", "postgres"); Statement s = c.createStatement()) {
        inRecovery = Boolean.parseBoolean(single(s, "select pg_is_in_recovery()::text"));
        copy = signed(s);
      }
      findings.check("the restored cluster ended recovery and was promoted", !inRecovery, "pg_is_in_recovery() " + inRecovery);
      findings.check("the restored database holds what the source held at the restore point", between(copy, source, sourceAfter),
          "restored " + copy + ", source " + source);

      List<String> options = new ArrayList<>(List.of("-Dcdd.demo.enabled=false"));
      options.addAll(serverOptions);
      server = new PayaraServer(target, war, database, options, HTTP_PORT, List.of("--nocluster"), out, PG_PORT);
      double ready;
      try {
        ready = server.start("drill-restored.log");
      } catch (RuntimeException e) {
        findings.check("the application starts on the restored database", false, String.valueOf(e.getMessage()));
        throw e;
      }
      findings.figure(String.format("Application ready on the restored database in %.1f s (port %d, log drill-restored.log)", ready, HTTP_PORT));
      findings.check("the application starts on the restored database", true, "/health/ready 200 after " + ready + " s");

      long t2 = System.nanoTime();
      HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.at("/chaos-chains"))
          .timeout(Duration.ofSeconds(600)).build(), HttpResponse.BodyHandlers.ofString());
      Map<String, String> chains = fields(answer.body());
      long reports = Long.parseLong(chains.getOrDefault("reports", "-1"));
      long signatures = Long.parseLong(chains.getOrDefault("signatures", "-1"));
      String failures = chains.getOrDefault("failures", "?");
      findings.figure(String.format("Chains verified on the restored database: %s reports, %s signatures (%s vouched by the seal key) in %.1f s",
          chains.get("reports"), chains.get("signatures"), chains.get("vouched"), seconds(t2)));
      findings.check("every signature chain of the restored database verifies, with the same seal keystore",
          answer.statusCode() == 200 && reports == copy.reports() && signatures == copy.signatures() && between(copy, source, sourceAfter)
              && failures.isEmpty(),
          "HTTP " + answer.statusCode() + ", " + reports + " of " + copy.reports() + " signed reports (" + signatures + " of "
              + copy.signatures() + " signatures) checked"
              + (failures.isEmpty() ? "" : "; failures " + failures) + (chains.containsKey("error") ? "; " + chains.get("error") : ""));
    } finally {
      if (server != null) {
        server.stop();
      }
      if (restored && Files.exists(data.resolve("postmaster.pid"))) {
        try {
          pg.runAsOwner(pg.bin().resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-m", "fast", "stop");
        } catch (IllegalStateException e) {
          System.out.println("[chaos] the restored cluster was not running: " + e.getMessage());
        }
      }
      pg.runAsOwner("rm", "-rf", restore.toString(), backup.getParent().toString());
    }
  }

  private static String url(String database) {
    return "jdbc:postgresql://127.0.0.1:" + PG_PORT + "/" + database;
  }

  private static Signed signed(Statement s) throws SQLException {
    try (ResultSet r = s.executeQuery("select count(distinct report_id), count(*) from signature")) {
      r.next();
      return new Signed(r.getLong(1), r.getLong(2));
    }
  }

  private static boolean between(Signed copy, Signed before, Signed after) {
    return copy.reports() >= before.reports() && copy.reports() <= after.reports() && copy.signatures() >= before.signatures()
        && copy.signatures() <= after.signatures();
  }

  private static String single(Statement s, String sql) throws SQLException {
    try (ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getString(1);
    }
  }

  private long archived() throws IOException {
    try (Stream<Path> files = Files.list(pg.walArchive())) {
      return files.filter(f -> f.getFileName().toString().matches("[0-9A-F]{24}")).count();
    }
  }

  private static boolean waitFor(Callable<Boolean> condition) {
    try {
      Awaitility.await().atMost(ARCHIVE_WAIT).pollInterval(Duration.ofMillis(500)).until(condition);
      return true;
    } catch (ConditionTimeoutException e) {
      return false;
    }
  }

  private static Map<String, String> fields(String body) {
    Map<String, String> fields = new HashMap<>();
    for (String line : body.split("\n")) {
      int eq = line.indexOf('=');
      if (eq > 0) {
        fields.put(line.substring(0, eq), line.substring(eq + 1).trim());
      }
    }
    return fields;
  }

  private static double megabytes(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum() / 1e6;
    }
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
