package th.go.cdd.performance.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * A Payara Micro process as production runs it (README: server-config/jvm.options, --nocluster, the post-boot file
 * of the database, PostgreSQL driver by --addlibs, context root /), with a WAR or bare, and what
 * the benchmarks read from it: time to ready, resident memory and heap.
 */
final class BenchServer implements AutoCloseable {
  enum Database {
    POSTGRES("post-boot-postgres.txt"), H2("post-boot-h2.txt");

    final String postBoot;

    Database(String postBoot) {
      this.postBoot = postBoot;
    }
  }

  private static final Duration READY_WITHIN = Duration.ofSeconds(600);
  private final Process process;
  private final long startedNanos;
  private final int port;
  private final Path log;

  private BenchServer(Process process, long startedNanos, int port, Path log) {
    this.process = process;
    this.startedNanos = startedNanos;
    this.port = port;
    this.log = log;
  }

  /**
   * Starts Payara Micro in {@code workDir} (where the H2 file database lives); {@code war} null for a
   * bare server; {@code pgDatabase} the PostgreSQL database for {@link Database#POSTGRES}.
   */
  static BenchServer start(Path target, Path war, Database db, String pgDatabase, int port, Path workDir, Path log,
      List<String> systemProperties) throws IOException {
    try (java.net.ServerSocket free = new java.net.ServerSocket(port)) {
      free.setReuseAddress(true);
    } catch (IOException e) {
      throw new IllegalStateException("port " + port + " is taken; choose another with -Dbench.port", e);
    }
    Path server = target.resolve("server").toAbsolutePath();
    List<String> cmd = new ArrayList<>(List.of("java", "@" + Path.of("server-config", "jvm.options").toAbsolutePath()));
    cmd.addAll(systemProperties);
    String extra = System.getProperty("bench.serverOptions", "").trim();
    if (!extra.isEmpty()) {
      cmd.addAll(List.of(extra.split("\\s+")));
    }
    cmd.addAll(List.of("-jar", server.resolve("payara-micro.jar").toString(), "--nocluster", "--port", String.valueOf(port),
        "--addlibs", server.resolve("postgresql.jar").toString(),
        "--prebootcommandfile", Path.of("server-config", "pre-boot.txt").toAbsolutePath().toString(),
        "--postbootcommandfile", Path.of("server-config", db.postBoot).toAbsolutePath().toString()));
    if (war != null) {
      cmd.addAll(List.of("--contextroot", "/", "--deploy", war.toAbsolutePath().toString()));
    }
    Files.createDirectories(workDir);
    Files.createDirectories(log.getParent());
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(workDir.toFile());
    pb.environment().putAll(Map.of("CDD_DB_HOST", "127.0.0.1", "CDD_DB_PORT", "5432", "CDD_DB_NAME", pgDatabase == null ? "postgres" : pgDatabase,
        "CDD_DB_USER", BenchDatabase.USER, "CDD_DB_PASSWORD", BenchDatabase.PASSWORD, "MALLOC_ARENA_MAX", "2"));
    pb.redirectErrorStream(true).redirectOutput(log.toFile());
    long started = System.nanoTime();
    return new BenchServer(pb.start(), started, port, log);
  }

  /** From the process start until {@code path} answers 200 (the app's readiness), or any HTTP answer when path is null (bare). */
  Duration awaitReady(String path) {
    // HTTP/1.1: the default HTTP/2 client asks a plain-HTTP server to upgrade (h2c), and one such request sent
    // while Payara Micro was still starting under load never came back, its timeout notwithstanding (2 Dec)
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
    URI uri = uri(path == null ? "/" : path);
    try {
      Awaitility.await("the server at " + uri + " (log: " + log + ")").atMost(READY_WITHIN).pollInterval(Duration.ofMillis(200))
          .ignoreExceptions().until(() -> {
            if (!process.isAlive()) {
              throw new IllegalStateException("the server stopped; see " + log);
            }
            int status = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            return path == null || status == 200;
          });
    } catch (ConditionTimeoutException e) {
      throw new IllegalStateException("not ready within " + READY_WITHIN.toSeconds() + " s; see " + log, e);
    }
    return Duration.ofNanos(System.nanoTime() - startedNanos);
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  /** CPU seconds (user and system) the server's JVM has used so far, from /proc/pid/stat (ticks of 1/100 s). */
  double cpuSeconds() throws IOException {
    String stat = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "stat"));
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
  }

  /**
   * CPU seconds the JIT's compiler threads (C1, C2) have used so far, from /proc/pid/task/N/stat.
   * On 2 cores the JVM keeps one compiler thread of each kind for good, so none of their time is lost
   * with a thread that ended.
   */
  double compilerCpuSeconds() throws IOException {
    long ticks = 0;
    try (java.util.stream.Stream<Path> tasks = Files.list(Path.of("/proc", String.valueOf(process.pid()), "task"))) {
      for (Path task : tasks.toList()) {
        String stat;
        try {
          stat = Files.readString(task.resolve("stat"));
        } catch (IOException gone) {
          continue; // the thread ended between the listing and the read
        }
        String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        if (name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre")) {
          String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
          ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        }
      }
    }
    return ticks / 100.0;
  }

  /** Resident set size of the server's JVM, MiB (VmRSS in /proc). */
  double rssMib() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
      }
    }
    throw new IllegalStateException("no VmRSS for " + process.pid());
  }

  /**
   * Heap in use and committed, MiB, from {@code jcmd <pid> GC.heap_info}: the sum of the
   * generations (the serial collector prints the young and the old one; G1 one line for its heap).
   */
  double[] heapMib() throws IOException, InterruptedException {
    String out = jcmd("GC.heap_info");
    Matcher m = Pattern.compile("(?m)^\\s*(?:def new generation|tenured generation|garbage-first heap|PSYoungGen|ParOldGen)\\s+total (\\d+)K, used (\\d+)K").matcher(out);
    long total = 0;
    long used = 0;
    while (m.find()) {
      total += Long.parseLong(m.group(1));
      used += Long.parseLong(m.group(2));
    }
    if (total == 0) {
      throw new IllegalStateException("jcmd GC.heap_info said: " + out);
    }
    return new double[] {used / 1024.0, total / 1024.0};
  }

  /** How many of the server's threads have a name starting so (the HTTP workers: "http-thread-pool"), from {@code jcmd Thread.print}. */
  int threads(String namePrefix) throws IOException, InterruptedException {
    String out = jcmd("Thread.print");
    return (int) out.lines().filter(l -> l.startsWith("\"" + namePrefix)).count();
  }

  /** {@code jcmd <pid> VM.native_memory summary}: where the resident memory goes, when the server runs with -XX:NativeMemoryTracking. */
  String nativeMemory() throws IOException, InterruptedException {
    return jcmd("VM.native_memory", "summary");
  }

  /** One diagnostic command to the server's JVM ({@code jcmd <pid> ...}), answered with what it printed. */
  String jcmd(String... command) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of("jcmd", String.valueOf(process.pid())));
    cmd.addAll(List.of(command));
    Process jcmd = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(jcmd.getInputStream().readAllBytes());
    jcmd.waitFor();
    return out;
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }
}
