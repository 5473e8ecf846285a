package th.go.cdd.performance.chaos;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * machine's cluster. Run as root (CI), the server runs as the postgres user.
 */
final class ThrowawayPostgres implements AutoCloseable {
  static final int PORT = Integer.getInteger("chaos.pg.port", 5499);

  private final Path bin;
  private final Path dir;
  private final boolean root = "root".equals(System.getProperty("user.name"));

  ThrowawayPostgres() throws IOException, InterruptedException {
    try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
      bin = versions.max(Comparator.comparing(p -> Integer.parseInt(p.getFileName().toString()))).orElseThrow().resolve("bin");
    }
    dir = Files.createTempDirectory("cdd-chaos-pg");
    if (root) {
      run("chown", "postgres:postgres", dir.toString());
    }
    run(pg("initdb", "-D", dir.resolve("data").toString(), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"));
    start();
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
        "-o", "-p " + PORT + " -h 127.0.0.1 -k " + dir + " -c max_connections=150", "start"));
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
    List<String> cmd = new ArrayList<>();
    if (root) {
      cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    cmd.add(bin.resolve(tool).toString());
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
