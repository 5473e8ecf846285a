package th.go.cdd.performance.chaos;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of our own (initdb in a temporary folder, port 5499, trust authentication on
 * 127.0.0.1 only), so the outage run can stop and start it without disturbing anyone using the
 * machine's cluster. Run as root (CI), the server runs as the postgres user. {@link #withWalArchive()}
 * starts one as production's primary runs: every finished WAL segment copied into an archive folder, so
 * that a base backup plus the archive restores it to any point ({@link RestoreDrill}).
 */
final class ThrowawayPostgres implements AutoCloseable {
  static final int PORT = Integer.getInteger("chaos.pg.port", 5499);

  /** Seconds after which a WAL segment is archived even if not full (production's RPO; docs/operations.md). */
  static final int ARCHIVE_TIMEOUT_SECONDS = 60;

  private static final int MAX_CONNECTIONS = 150;

  private final Path bin;
  private final Path dir;
  private final boolean root = "root".equals(System.getProperty("user.name"));

  ThrowawayPostgres() throws IOException, InterruptedException {
    this(false);
  }

  /**
   * With {@code wal_level=replica}, {@code archive_mode=on} and an {@code archive_command} copying each
   * finished segment into {@link #walArchive()}, as docs/operations.md sets up the primary.
   */
  static ThrowawayPostgres withWalArchive() throws IOException, InterruptedException {
    return new ThrowawayPostgres(true);
  }

  private ThrowawayPostgres(boolean archiving) throws IOException, InterruptedException {
    try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
      bin = versions.max(Comparator.comparing(p -> Integer.parseInt(p.getFileName().toString()))).orElseThrow().resolve("bin");
    }
    dir = Files.createTempDirectory("cdd-chaos-pg");
    if (root) {
      run("chown", "postgres:postgres", dir.toString());
    }
    run(pg("initdb", "-D", dir.resolve("data").toString(), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"));
    if (archiving) {
      run(asOwner("mkdir", "-m", "700", walArchive().toString()));
      String copy = "test ! -f " + walArchive() + "/%f && cp %p " + walArchive() + "/%f";
      // max_connections also in the file (start() sets it on the command line): a restored copy must allow as many
      Files.writeString(dir.resolve("data").resolve("postgresql.conf"), "\nwal_level = replica\narchive_mode = on\narchive_command = '"
          + copy + "'\narchive_timeout = " + ARCHIVE_TIMEOUT_SECONDS + "\nmax_connections = " + MAX_CONNECTIONS + "\n", StandardOpenOption.APPEND);
    }
    start();
  }

  /** The folder the archiver copies WAL segments into (only {@link #withWalArchive()}). */
  Path walArchive() {
    return dir.resolve("wal-archive");
  }

  /** The PostgreSQL programs of the newest installed version (/usr/lib/postgresql/N/bin). */
  Path bin() {
    return bin;
  }

  /** A new empty folder next to the cluster's, owned by the user the server runs as; removed by {@link #close()}. */
  Path folder(String name) throws IOException, InterruptedException {
    Path folder = dir.resolve(name);
    run(asOwner("mkdir", "-m", "700", folder.toString()));
    return folder;
  }

  /** Runs a command as the user the server runs as (postgres when we are root); throws with its output if it fails. */
  void runAsOwner(String... cmd) throws IOException, InterruptedException {
    run(asOwner(cmd));
  }

  String url(String database) {
    return "jdbc:postgresql://127.0.0.1:" + PORT + "/" + database;
  }

  void createDatabase(String name) throws SQLException {
    try (Connection c = DriverManager.getConnection(url("postgres"), "postgres", "postgres"); Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      s.execute("CREATE DATABASE " + name);
    }
  }

  /** Returns once the server accepts connections (pg_ctl -w). */
  void start() throws IOException, InterruptedException {
    run(pg("pg_ctl", "-D", dir.resolve("data").toString(), "-w", "-l", dir.resolve("server.log").toString(),
        "-o", "-p " + PORT + " -h 127.0.0.1 -k " + dir + " -c max_connections=" + MAX_CONNECTIONS, "start"));
  }

  /** Fast shutdown: open connections are cut, as in a database failover or crash. */
  void stop() throws IOException, InterruptedException {
    run(pg("pg_ctl", "-D", dir.resolve("data").toString(), "-w", "-m", "fast", "stop"));
  }

  @Override
  public void close() throws IOException, InterruptedException {
    try {
      run(pg("pg_ctl", "-D", dir.resolve("data").toString(), "-w", "-m", "immediate", "stop"));
    } finally {
      run("rm", "-rf", dir.toString());
    }
  }

  private String[] pg(String tool, String... args) {
    List<String> cmd = new ArrayList<>(List.of(bin.resolve(tool).toString()));
    cmd.addAll(List.of(args));
    return asOwner(cmd.toArray(String[]::new));
  }

  private String[] asOwner(String... args) {
    List<String> cmd = new ArrayList<>();
    if (root) {
      cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    cmd.addAll(List.of(args));
    return cmd.toArray(String[]::new);
  }

  private static void run(String... cmd) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    if (p.waitFor() != 0) {
      throw new IllegalStateException(String.join(" ", cmd) + " failed:\n" + out);
    }
  }
}
