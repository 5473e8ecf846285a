package th.go.cdd.performance.chaos;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import th.go.cdd.performance.testing.JsfClient;

/**
 * The chaos WAR in Payara Micro as a child process, with the production post-boot file for
 * PostgreSQL (its pool, its validation) and the job executor on, as in production. Each start uses a
 * fresh runtime folder so the post-boot commands apply.
 */
final class PayaraServer {
  static final int PORT = Integer.getInteger("chaos.port", 8097);

  private final Path target;
  private final Path war;
  private final String database;
  private final List<String> options;
  private final int port;
  private final List<String> grid;
  private final Path logs;
  private final int databasePort;
  private Process process;

  /** With the demo year, as the crash and outage runs want it. */
  PayaraServer(Path target, Path war, String database) {
    this(target, war, database, List.of("-Dcdd.demo.enabled=true"));
  }

  /** With these system properties instead; alone (no data grid), on {@link #PORT}, logging to target/chaos. */
  PayaraServer(Path target, Path war, String database, List<String> options) {
    this(target, war, database, options, PORT, List.of("--nocluster"), target.resolve("chaos"));
  }

  /**
   * On this HTTP port, with these Payara Micro options for the data grid ({@code --nocluster}, or the
   * cluster's name and members), logging into this folder.
   */
  PayaraServer(Path target, Path war, String database, List<String> options, int port, List<String> grid, Path logs) {
    this(target, war, database, options, port, grid, logs, ThrowawayPostgres.PORT);
  }

  /** As above, on the PostgreSQL server listening on this port of 127.0.0.1 (a restored cluster: {@link RestoreDrill}). */
  PayaraServer(Path target, Path war, String database, List<String> options, int port, List<String> grid, Path logs, int databasePort) {
    this.target = target;
    this.war = war;
    this.database = database;
    this.options = List.copyOf(options);
    this.port = port;
    this.grid = List.copyOf(grid);
    this.logs = logs;
    this.databasePort = databasePort;
  }

  int port() {
    return port;
  }

  /** An address on this server itself (not through a load balancer). */
  URI at(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  /** Starts and waits for readiness; returns the seconds it took. */
  double start(String logName) throws IOException {
    Instant t0 = Instant.now();
    File log = launch(logName);
    HttpClient http = HttpClient.newHttpClient();
    Awaitility.await("readiness of the server (see " + log + ")").atMost(Duration.ofSeconds(300)).pollInterval(Duration.ofSeconds(1))
        .ignoreExceptions().until(() -> {
          if (!process.isAlive()) {
            throw new IllegalStateException("the server exited; see " + log);
          }
          return http.send(HttpRequest.newBuilder(at("/health/ready")).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        });
    return Duration.between(t0, Instant.now()).toMillis() / 1000.0;
  }

  /** Starts the process and returns its log file, without waiting for anything. */
  File launch(String logName) throws IOException {
    Path server = target.resolve("server");
    List<String> command = new ArrayList<>(List.of("java", "@" + Path.of("server-config", "jvm.options").toAbsolutePath()));
    command.addAll(options);
    command.addAll(List.of("-jar", server.resolve("payara-micro.jar").toString()));
    command.addAll(grid);
    command.addAll(List.of("--port", String.valueOf(port), "--addlibs", server.resolve("postgresql.jar").toString(),
        "--prebootcommandfile", Path.of("server-config", grid.contains("--nocluster") ? "pre-boot.txt" : "pre-boot-cluster.txt").toString(),
        "--postbootcommandfile", Path.of("server-config", "post-boot-postgres.txt").toString(),
        "--contextroot", "/", "--deploy", war.toString()));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().putAll(Map.of("CDD_DB_HOST", "127.0.0.1", "CDD_DB_PORT", String.valueOf(databasePort),
        "CDD_DB_NAME", database, "CDD_DB_USER", "postgres", "CDD_DB_PASSWORD", "postgres"));
    File log = logs.resolve(logName).toFile();
    pb.redirectErrorStream(true).redirectOutput(log);
    process = pb.start();
    return log;
  }

  /** SIGKILL on Linux: no shutdown hook, no transaction completes, no pool closes. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  /** SIGTERM and wait for the exit: Payara Micro undeploys, the engine and the pool close, the grid hands over its data. */
  void stop() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      process.waitFor();
    }
  }

  boolean alive() {
    return process != null && process.isAlive();
  }

  /** One browser of its own (its own cookies) at the server; a dead server is found out fast. */
  static JsfClient browser() {
    return JsfClient.at(uri("/")).connectTimeout(Duration.ofSeconds(5)).timeout(Duration.ofSeconds(60)).build();
  }

  static URI uri(String path) {
    return URI.create("http://127.0.0.1:" + PORT + path);
  }
}
