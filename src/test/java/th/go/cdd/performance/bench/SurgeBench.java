package th.go.cdd.performance.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import th.go.cdd.performance.bench.BenchServer.Database;
import th.go.cdd.performance.bench.seed.SurgeSeedServlet;
import th.go.cdd.performance.bench.seed.SurgeSeeder;
import th.go.cdd.performance.testing.JsfClient;

/**
 * The deadline-surge benchmark (README, Benchmarks). On each database (PostgreSQL, then the H2
 * default) it seeds a year through a bench WAR (the product WAR plus the bench-only package
 * {@code bench.seed}), then restarts the server as production runs it and measures start-up beside
 * a bare Payara Micro, the director's approvals beside the raw engine, the surge of staff
 * submitting over HTTP with and without think time, the inboxes under that load, and memory.
 * Prints a markdown table and writes target/bench/surge.md. Knobs are system properties
 * ({@code -Dbench.staff=760 -Dbench.runs=1 ...}, see the fields).
 */
public final class SurgeBench {
  static final int STAFF = Integer.getInteger("bench.staff", 10_000);
  static final int GROUPS = Integer.getInteger("bench.groups", 4);
  static final int WITH_DIRECTOR = Integer.getInteger("bench.withDirector", 8);
  /** Reports are moved through the services in this many provinces (all 76 by default). */
  static final int STATE_PROVINCES = Integer.getInteger("bench.stateProvinces", 76);
  static final int RUNS = Integer.getInteger("bench.runs", 3);
  static final int STARTS = Integer.getInteger("bench.starts", 3);
  static final int APPROVALS = Integer.getInteger("bench.approvals", 50);
  static final int USERS = Integer.getInteger("bench.users", 200);
  static final int RAMP_SECONDS = Integer.getInteger("bench.rampSeconds", 30);
  static final int THINK_SECONDS = Integer.getInteger("bench.thinkSeconds", 60);
  static final int CEILING_SECONDS = Integer.getInteger("bench.ceilingSeconds", 40);
  /** An unmeasured surge first: on deadline day the server has run for days, its code compiled by the JIT. */
  static final int WARM_UP_SECONDS = Integer.getInteger("bench.warmUpSeconds", 60);
  static final int SEED_THREADS = Integer.getInteger("bench.seedThreads", 4);
  /** Continue a seeding that was cut short (the same database, offices created): runs what is still due, then the states. */
  static final boolean RESUME = Boolean.getBoolean("bench.resumeSeed");
  /** Measure on the year an earlier run seeded (PostgreSQL database or H2 file kept), without seeding again. */
  static final boolean SKIP_SEED = Boolean.getBoolean("bench.skipSeed");
  static final int PORT = Integer.getInteger("bench.port", 8096);
  /** Flight Recorder over the first run's two surges (-Dbench.profile=true): the recording and where the CPU went, in target/bench. */
  static final boolean PROFILE = Boolean.getBoolean("bench.profile");
  static final List<String> DATABASES = List.of(System.getProperty("bench.databases", "postgres,h2").split(","));
  static final int[] CLIENTS = {1, 2, 4};
  static final int WARM_UP = 5;
  /** Staff members (and inbox pages per inbox user) of the step-by-step CPU measurement before each surge. */
  static final int STEP_PEOPLE = Integer.getInteger("bench.stepPeople", 20);
  static final String PG_DATABASE = "cdd_surge";

  private final Path target;
  private final Path bench;

  private SurgeBench(Path target) {
    this.target = target;
    this.bench = target.resolve("bench");
  }

  public static void main(String[] args) throws Exception {
    new SurgeBench(Path.of(args.length > 0 ? args[0] : "target")).run();
  }

  private void run() throws Exception {
    Files.createDirectories(bench);
    Path war = benchWar();
    Map<String, Figures> results = new LinkedHashMap<>();
    for (String db : DATABASES) {
      Database database = Database.valueOf(db.trim().toUpperCase());
      log("=== " + database);
      results.put(database == Database.POSTGRES ? "PostgreSQL" : "H2", measure(database, war));
    }
    report(results);
  }

  /** The product WAR plus the bench-only seeding package and process; never the product. */
  private Path benchWar() {
    WebArchive war = ShrinkWrap.createFromZipFile(WebArchive.class, target.resolve("ROOT.war").toFile());
    war.addPackage(SurgeSeedServlet.class.getPackage());
    war.addAsResource("bench/bench-approval.bpmn");
    Path out = bench.resolve("surge-bench.war");
    war.as(ZipExporter.class).exportTo(out.toFile(), true);
    return out;
  }

  /** Everything measured on one database. */
  static final class Figures {
    double seedSeconds;
    String seeded;
    final List<Double> appStarts = new ArrayList<>();
    final List<Double> bareStarts = new ArrayList<>();
    final Map<Integer, List<Double>> approvals = new LinkedHashMap<>();
    final Map<Integer, List<Double>> raw = new LinkedHashMap<>();
    /** The same engine outside any server, on the same database ({@link EngineOutsideServer}). */
    final Map<Integer, List<Double>> standalone = new LinkedHashMap<>();
    final List<SurgeLoad.Result> think = new ArrayList<>();
    final List<SurgeLoad.Result> ceiling = new ArrayList<>();
    final List<Double> thinkCpuMsPerRequest = new ArrayList<>();
    /** Server CPU of each step alone (mean of one run's requests of that step), one user at a time before each surge. */
    final Map<String, List<Double>> stepCpuMs = new LinkedHashMap<>();
    /** Server CPU of one sign-in (the password hash dominates it), from sequential sign-ins before each surge. */
    final List<Double> signInCpuMs = new ArrayList<>();
    final List<Double> ceilingCpuMsPerRequest = new ArrayList<>();
    /** The part of each phase's CPU per request that the JIT's compiler threads used. */
    final List<Double> thinkCompilerMsPerRequest = new ArrayList<>();
    final List<Double> ceilingCompilerMsPerRequest = new ArrayList<>();
    /** The part of each phase's CPU per request that its sign-ins' own CPU (the password hash) makes. */
    final List<Double> thinkSignInMsPerRequest = new ArrayList<>();
    final List<Double> ceilingSignInMsPerRequest = new ArrayList<>();
    long thinkNotSubmitted;
    long ceilingNotSubmitted;
    double rssMib;
    double[] heapMib;
    int httpThreads;
  }

  private Figures measure(Database db, Path war) throws Exception {
    Figures f = new Figures();
    Path work = bench.resolve("surge-" + db.name().toLowerCase());
    if (!RESUME && !SKIP_SEED) {
      deleteTree(work);
    }
    if (db == Database.POSTGRES && !SKIP_SEED) {
      if (!RESUME) {
        BenchDatabase.recreate(PG_DATABASE);
      }
      // seeding only: commits do not wait for the disk; the measured servers start after RESET below
      BenchDatabase.alter(PG_DATABASE, "SET synchronous_commit TO off");
    }
    // 1. seeding, on a server whose job executor is off so the seeder runs the due timers itself
    if (SKIP_SEED) {
      f.seeded = "not seeded again: the year of an earlier run";
    } else try (BenchServer seeding = BenchServer.start(target, war, db, PG_DATABASE, PORT, work, bench.resolve("surge-" + db.name().toLowerCase() + "-seed.log"),
        List.of("-Dcdd.jobexecutor.enabled=false"))) {
      log("first start (schema): " + seeding.awaitReady("/health/ready").toSeconds() + " s");
      long t0 = System.nanoTime();
      f.seeded = seed(seeding, db);
      f.seedSeconds = (System.nanoTime() - t0) / 1e9;
      log("seeded " + f.seeded + " in " + Math.round(f.seedSeconds) + " s");
    }
    if (db == Database.POSTGRES) {
      BenchDatabase.alter(PG_DATABASE, "RESET synchronous_commit");
      BenchDatabase.analyze(PG_DATABASE);
    }
    // 2. start-up: bare Payara Micro and the application, alternately; the last start stays up
    BenchServer server = null;
    try {
      for (int i = 0; i < STARTS; i++) {
        if (server != null) {
          server.close();
        }
        try (BenchServer bare = BenchServer.start(target, null, db, PG_DATABASE, PORT, work, bench.resolve("surge-bare.log"), List.of())) {
          f.bareStarts.add(bare.awaitReady(null).toMillis() / 1000.0);
        }
        server = BenchServer.start(target, war, db, PG_DATABASE, PORT, work, bench.resolve("surge-" + db.name().toLowerCase() + "-server.log"), List.of());
        f.appStarts.add(server.awaitReady("/health/ready").toMillis() / 1000.0);
        log("start " + (i + 1) + ": bare " + f.bareStarts.get(i) + " s, application " + f.appStarts.get(i) + " s");
      }
    } catch (Exception | Error e) {
      if (server != null) {
        server.close();
      }
      throw e;
    }
    try (BenchServer s = server) {
      // 3. approvals beside the raw engine, after a few of each to warm up
      step(s, "approve", Map.of("threads", 1, "count", WARM_UP));
      step(s, "raw", Map.of("threads", 1, "count", WARM_UP));
      for (int run = 0; run < RUNS; run++) {
        for (int clients : CLIENTS) {
          f.approvals.computeIfAbsent(clients, k -> new ArrayList<>()).add(Double.valueOf(step(s, "approve", Map.of("threads", clients, "count", APPROVALS))));
          f.raw.computeIfAbsent(clients, k -> new ArrayList<>()).add(Double.valueOf(step(s, "raw", Map.of("threads", clients, "count", APPROVALS))));
          log("approvals, " + clients + " clients: application " + last(f.approvals.get(clients)) + "/s, raw engine " + last(f.raw.get(clients)) + "/s");
        }
      }
      // 4. the surge, with think time and without
      ConcurrentLinkedQueue<SurgeLoad.StaffReport> pool = pool(s);
      String busy = provinces().get(0); // a province whose reports were moved: its inboxes hold reports
      List<String> inboxUsers = List.of("bench." + busy + ".d1", "bench." + busy + ".officer");
      SurgeLoad load = new SurgeLoad(s::uri, SurgeSeeder.PASSWORD, pool, inboxUsers);
      if (WARM_UP_SECONDS > 0) {
        log("warm-up surge (not measured): " + summary(load.run(USERS, RAMP_SECONDS * 1000L, WARM_UP_SECONDS * 1000L, true)));
      }
      for (int run = 0; run < RUNS; run++) {
        if (PROFILE && run == 0) {
          log("Flight Recorder: " + s.jcmd("JFR.start", "name=surge", "settings=profile").strip());
        }
        double stepsJit0 = s.compilerCpuSeconds();
        double stepsCpu0 = s.cpuSeconds();
        load.stepCpu(STEP_PEOPLE, () -> requestCpuMs(s)).forEach((step, ms) ->
            f.stepCpuMs.computeIfAbsent(step, k -> new ArrayList<>()).add(ms.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN)));
        log("server CPU per step, one user at a time: " + f.stepCpuMs + String.format("; the JIT's compiler threads used %.1f s of the %.1f s",
            s.compilerCpuSeconds() - stepsJit0, s.cpuSeconds() - stepsCpu0));
        f.signInCpuMs.add(signInCpuMs(s, inboxUsers));
        log("sign-in: " + last(f.signInCpuMs) + " ms of server CPU each");
        double cpu0 = s.cpuSeconds();
        double jit0 = s.compilerCpuSeconds();
        SurgeLoad.Result think = load.run(USERS, RAMP_SECONDS * 1000L, THINK_SECONDS * 1000L, true);
        f.think.add(think);
        double thinkCpuMs = (s.cpuSeconds() - cpu0) * 1000;
        f.thinkCpuMsPerRequest.add(thinkCpuMs / think.requests());
        f.thinkCompilerMsPerRequest.add((s.compilerCpuSeconds() - jit0) * 1000 / think.requests());
        f.thinkSignInMsPerRequest.add(signInShare(think, last(f.signInCpuMs)));
        f.thinkNotSubmitted += notSubmitted(s, think);
        log("surge with think time: " + summary(think));
        cpu0 = s.cpuSeconds();
        jit0 = s.compilerCpuSeconds();
        SurgeLoad.Result ceiling = load.run(USERS, Math.min(RAMP_SECONDS, 10) * 1000L, CEILING_SECONDS * 1000L, false);
        f.ceiling.add(ceiling);
        double ceilingCpuMs = (s.cpuSeconds() - cpu0) * 1000;
        f.ceilingCpuMsPerRequest.add(ceilingCpuMs / ceiling.requests());
        f.ceilingCompilerMsPerRequest.add((s.compilerCpuSeconds() - jit0) * 1000 / ceiling.requests());
        f.ceilingSignInMsPerRequest.add(signInShare(ceiling, last(f.signInCpuMs)));
        f.ceilingNotSubmitted += notSubmitted(s, ceiling);
        log("surge without think time: " + summary(ceiling));
        if (PROFILE && run == 0) {
          Path jfr = bench.resolve("surge-" + db.name().toLowerCase() + ".jfr").toAbsolutePath();
          log("Flight Recorder: " + s.jcmd("JFR.stop", "name=surge", "filename=" + jfr).strip());
          Path profile = bench.resolve("surge-" + db.name().toLowerCase() + "-profile.md");
          Files.writeString(profile, "# Where the server's CPU went: sign-ins, the surge with think time and without\n\n" + CpuProfile.summarize(jfr));
          log("CPU profile: " + profile);
        }
      }
      // 5. memory after the surge
      f.rssMib = s.rssMib();
      f.heapMib = s.heapMib();
      f.httpThreads = s.threads("http-thread-pool");
      String nmt = s.nativeMemory();
      if (nmt.contains("Total: reserved")) { // -Dbench.serverOptions=-XX:NativeMemoryTracking=summary
        Files.writeString(bench.resolve("surge-" + db.name().toLowerCase() + "-memory.txt"), nmt);
        log("native memory after the surge: " + bench.resolve("surge-" + db.name().toLowerCase() + "-memory.txt"));
      }
    }
    // 6. the engine outside any server on the same database, once the server has stopped (H2 lets go of its file then)
    try (EngineOutsideServer outside = EngineOutsideServer.on(db, PG_DATABASE, work)) {
      outside.completions(1, WARM_UP);
      for (int run = 0; run < RUNS; run++) {
        for (int clients : CLIENTS) {
          f.standalone.computeIfAbsent(clients, k -> new ArrayList<>()).add(outside.completions(clients, APPROVALS));
          log("engine outside the server, " + clients + " clients: " + last(f.standalone.get(clients)) + "/s");
        }
      }
    }
    return f;
  }

  /** The server's CPU so far less its JIT compiler threads', in ms. */
  private static double requestCpuMs(BenchServer s) {
    try {
      return (s.cpuSeconds() - s.compilerCpuSeconds()) * 1000;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * The part of a phase's CPU per request that its sign-ins make: one sign-in's own CPU (measured
   * alone, the JIT's compiling apart) for every sign-in of the phase, over all its requests. The
   * 600,000-iteration hash makes a sign-in cost what dozens of other requests do; the issue's
   * "per request" target was set when it cost a few milliseconds, so the bench splits the figure:
   * the JIT's compiling, the sign-ins' own CPU, and the rest of the request path.
   */
  private static double signInShare(SurgeLoad.Result phase, double signInCpuMs) {
    return phase.latencies().getOrDefault("login", List.of()).size() * signInCpuMs / phase.requests();
  }

  /**
   * The server CPU one sign-in costs: sequential sign-ins (one client at a time, so nothing else
   * runs), the server's CPU time over them, less what the JIT's compiler threads used meanwhile,
   * divided by their number.
   */
  private static double signInCpuMs(BenchServer s, List<String> users) throws Exception {
    int n = 10;
    double cpu0 = s.cpuSeconds() - s.compilerCpuSeconds();
    for (int i = 0; i < n; i++) {
      JsfClient browser = JsfClient.at(s.uri("/")).build();
      // the sign-in's post alone (its answer is the redirect to the inbox): the page after it is not the sign-in's cost
      if (!browser.signIn(users.get(i % users.size()), SurgeSeeder.PASSWORD).signedIn()) {
        throw new IllegalStateException("the sign-in before the surge failed");
      }
    }
    return (s.cpuSeconds() - s.compilerCpuSeconds() - cpu0) * 1000 / n;
  }

  /**
   * Seeds through the bench WAR. On PostgreSQL the tables' statistics are refreshed as they grow
   * (autovacuum may be off on a bench machine; with the statistics of empty tables the planner
   * picks plans that read every row of the engine's variable table).
   */
  private String seed(BenchServer s, Database db) throws Exception {
    step(s, "program", Map.of());
    List<String> provinces = provinces();
    ExecutorService pool = Executors.newFixedThreadPool(SEED_THREADS);
    try {
      if (RESUME) {
        log("resuming a seeding cut short: offices and staff are there");
      } else {
        List<Future<String>> offices = new ArrayList<>();
        for (int p = 0; p < provinces.size(); p++) {
          int staff = STAFF / provinces.size() + (p < STAFF % provinces.size() ? 1 : 0);
          String code = provinces.get(p);
          offices.add(pool.submit(() -> step(s, "office", Map.of("province", code, "staff", staff, "groups", GROUPS))));
        }
        for (Future<String> f : offices) {
          f.get();
        }
        log("offices created and staff enrolled");
      }
      analyze(db);
      long timers = 0;
      for (long due = 1; due > 0; ) {
        String[] answer = step(s, "timers", Map.of("threads", SEED_THREADS, "seconds", 300)).split(" ");
        timers += Long.parseLong(answer[0]);
        due = Long.parseLong(answer[1]);
        log(String.format("%,d due timers run, %,d due still", timers, due));
        analyze(db);
      }
      List<Future<String>> states = new ArrayList<>();
      for (String code : provinces.subList(0, Math.min(STATE_PROVINCES, provinces.size()))) {
        states.add(pool.submit(() -> step(s, "states", Map.of("province", code, "withDirector", WITH_DIRECTOR))));
      }
      long moved = 0;
      for (Future<String> f : states) {
        moved += Long.parseLong(f.get());
      }
      int people = STAFF + provinces.size() * (GROUPS + 1);
      return String.format("%,d people (%,d staff, %d group directors and 1 officer per province) in %d provinces, %,d timers run, "
          + "%,d reports moved through the services%s", people, STAFF, GROUPS, provinces.size(), timers, moved,
          RESUME ? " (resumed: the time covers only what was left)" : "");
    } finally {
      pool.shutdown();
    }
  }

  private static void analyze(Database db) throws java.sql.SQLException {
    if (db == Database.POSTGRES) {
      BenchDatabase.analyze(PG_DATABASE);
    }
  }

  private List<String> provinces() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/programs/provinces.csv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).filter(l -> !l.isBlank())
          .map(l -> l.substring(0, l.indexOf(','))).toList();
    }
  }

  private ConcurrentLinkedQueue<SurgeLoad.StaffReport> pool(BenchServer s) throws IOException, InterruptedException {
    List<SurgeLoad.StaffReport> staff = new ArrayList<>(step(s, "pool", Map.of()).lines().map(l -> l.split(" "))
        .map(a -> new SurgeLoad.StaffReport(a[0], Long.parseLong(a[1]))).toList());
    Collections.shuffle(staff, new Random(2564));
    log(staff.size() + " staff members have an untouched round 4 report");
    return new ConcurrentLinkedQueue<>(staff);
  }

  private long notSubmitted(BenchServer s, SurgeLoad.Result r) throws IOException, InterruptedException {
    if (r.submitted().isEmpty()) {
      return 0;
    }
    String ids = r.submitted().stream().map(String::valueOf).collect(Collectors.joining(","));
    return Long.parseLong(step(s, "not-submitted", Map.of("ids", ids)));
  }

  private static String step(BenchServer s, String name, Map<String, ?> params) throws IOException, InterruptedException {
    String form = params.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(String.valueOf(e.getValue()), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(s.uri("/bench-seed/" + name))
            .header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofMinutes(30))
            .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException("bench step " + name + " " + params.keySet() + " answered " + r.statusCode() + ": " + r.body());
    }
    return r.body().trim();
  }

  // ---------------------------------------------------------------- report

  private static String summary(SurgeLoad.Result r) {
    return String.format("%.0f s, %d requests, %.1f req/s, %d submitted, %d errors, submit p95 %.0f ms%s", r.seconds(), r.requests(),
        r.requestsPerSecond(), r.submitted().size(), r.errors(), new Stats(r.latencies().getOrDefault("submit", List.of())).percentile(95),
        r.errorSamples().isEmpty() ? "" : " " + r.errorSamples());
  }

  private void report(Map<String, Figures> results) throws IOException {
    StringWriter out = new StringWriter();
    PrintWriter w = new PrintWriter(out);
    w.printf("## Deadline surge benchmark%n%n");
    w.printf("Machine: %d cores, %s memory, Java %s; %s. Server: the production options (server-config/jvm.options: %s; the "
        + "database's post-boot file).%n", Runtime.getRuntime().availableProcessors(), memory(), System.getProperty("java.version"),
        ZonedDateTime.now().withNano(0), String.join(" ", Files.readAllLines(Path.of("server-config", "jvm.options"))));
    w.printf("Settings: %,d staff, %d runs of each figure (median, min–max in brackets), %d starts, %d approvals per measurement, "
        + "%d users (ramp %d s), phases %d s with think time 1–3 s and %d s without, after a warm-up surge of %d s that is not "
        + "measured (a server on deadline day has run for days: its code is compiled).%n%n",
        STAFF, RUNS, STARTS, APPROVALS, USERS, RAMP_SECONDS, THINK_SECONDS, CEILING_SECONDS, WARM_UP_SECONDS);
    results.forEach((db, f) -> w.printf("Seeding on %s: %s in %.0f s.%n", db, f.seeded, f.seedSeconds));
    w.printf("%n| figure | %s | target |%n|---|%s---|%n", String.join(" | ", results.keySet()), "---:|".repeat(results.size()));
    row(w, results, "start-up to ready, application (s)", f -> spread(f.appStarts, "%.1f"), "");
    row(w, results, "start-up, bare Payara Micro (s)", f -> spread(f.bareStarts, "%.1f"), "");
    row(w, results, "start-up ratio application / bare", f -> String.format("%.2f", median(f.appStarts) / median(f.bareStarts)), "≤ 2");
    for (int c : CLIENTS) {
      row(w, results, "director approvals/s, " + c + " client" + (c > 1 ? "s" : ""), f -> spread(f.approvals.get(c), "%.1f"), "");
      row(w, results, "raw engine completions/s, " + c + " client" + (c > 1 ? "s" : ""), f -> spread(f.raw.get(c), "%.1f"), "");
      row(w, results, "standalone engine completions/s, " + c + " client" + (c > 1 ? "s" : ""), f -> spread(f.standalone.get(c), "%.1f"), "");
      row(w, results, "ratio application / raw engine, " + c, f -> String.format("%.2f", median(f.approvals.get(c)) / median(f.raw.get(c))), "≥ 0.5");
      row(w, results, "ratio raw engine in the server / standalone, " + c, f -> String.format("%.2f", median(f.raw.get(c)) / median(f.standalone.get(c))), "≥ 0.7");
      row(w, results, "ratio application / standalone, " + c, f -> String.format("%.2f", median(f.approvals.get(c)) / median(f.standalone.get(c))), "≥ 0.35");
    }
    surgeRows(w, results, "surge " + USERS + " users, think 1–3 s", f -> f.think, f -> f.thinkNotSubmitted, true);
    for (String step : List.of("login", "open report", "save", "submit", "inbox, director", "inbox, officer")) {
      row(w, results, "one user at a time, the JIT's compiling apart: server CPU of " + (step.equals("login") ? "login (3 requests)" : step) + " (ms)",
          f -> spread(f.stepCpuMs.get(step), "%.0f"), "");
    }
    row(w, results, "sign-in: server CPU per sign-in, the JIT's compiling apart (ms)", f -> spread(f.signInCpuMs, "%.0f"), "");
    row(w, results, "surge: server CPU per request (ms)", f -> spread(f.thinkCpuMsPerRequest, "%.0f"), "≤ 8");
    row(w, results, "surge: of it, the JIT's compiler threads (ms)", f -> spread(f.thinkCompilerMsPerRequest, "%.1f"), "");
    row(w, results, "surge: of it, the sign-ins' own (the password hash) (ms)", f -> spread(f.thinkSignInMsPerRequest, "%.1f"), "");
    row(w, results, "surge: of it, the rest of the request path (ms)", f -> spread(restOfPath(f.thinkCpuMsPerRequest, f.thinkCompilerMsPerRequest, f.thinkSignInMsPerRequest), "%.1f"), "");
    surgeRows(w, results, "ceiling " + USERS + " users, no think time", f -> f.ceiling, f -> f.ceilingNotSubmitted, false);
    row(w, results, "ceiling: server CPU per request (ms)", f -> spread(f.ceilingCpuMsPerRequest, "%.0f"), "");
    row(w, results, "ceiling: of it, the JIT's compiler threads (ms)", f -> spread(f.ceilingCompilerMsPerRequest, "%.1f"), "");
    row(w, results, "ceiling: of it, the sign-ins' own (the password hash) (ms)", f -> spread(f.ceilingSignInMsPerRequest, "%.1f"), "");
    row(w, results, "ceiling: of it, the rest of the request path (ms)", f -> spread(restOfPath(f.ceilingCpuMsPerRequest, f.ceilingCompilerMsPerRequest, f.ceilingSignInMsPerRequest), "%.1f"), "");
    row(w, results, "RSS after the surge (MiB)", f -> String.format("%.0f", f.rssMib), "< 600");
    row(w, results, "heap used / committed after the surge (MiB)", f -> String.format("%.0f / %.0f", f.heapMib[0], f.heapMib[1]), "");
    row(w, results, "HTTP worker threads after the surge", f -> String.valueOf(f.httpThreads), "≤ 24 (pre-boot.txt)");
    w.printf("%nLatencies are per step as the user waits for it: login = the form post and the page it leads to; open report = GET "
        + "app/report.xhtml; save and submit = the PrimeFaces ajax posts with the form and its view state. Errors: status ≥ 400, an "
        + "error message or error page in the answer, or a submit answered OK whose report is not with the director afterwards. "
        + "Approvals: ApprovalService.decide (report locked, signature, state, task completion in one transaction) from "
        + "the server's managed executor; raw engine: TaskService.complete of a user task that creates the next one "
        + "(bench-approval.bpmn), same server, datasource and history level; standalone engine: the same completions by the same "
        + "engine and settings built outside any server in the bench's JVM (plain JDBC transactions, the engine's own pool), on "
        + "the same database after the server has stopped.%n");
    w.flush();
    System.out.println(out);
    Files.writeString(bench.resolve("surge.md"), out.toString());
  }

  private static void surgeRows(PrintWriter w, Map<String, Figures> results, String title, java.util.function.Function<Figures, List<SurgeLoad.Result>> runs,
      java.util.function.ToLongFunction<Figures> notSubmitted, boolean targets) {
    row(w, results, title + ": requests/s", f -> spreadOf(runs.apply(f), SurgeLoad.Result::requestsPerSecond, "%.1f"), "");
    row(w, results, title + ": reports submitted", f -> String.valueOf(runs.apply(f).stream().mapToInt(r -> r.submitted().size()).sum()), "");
    row(w, results, title + ": errors", f -> String.valueOf(runs.apply(f).stream().mapToLong(SurgeLoad.Result::errors).sum() + notSubmitted.applyAsLong(f)), "0");
    for (String step : List.of("login", "open report", "save", "submit", "inbox, director", "inbox, officer")) {
      String target = !targets ? "" : step.equals("submit") ? "p95 < 500" : step.startsWith("inbox") ? "p95 < 100" : "";
      row(w, results, title + ": " + step + " p50 / p95 / p99 (ms)", f -> {
        List<SurgeLoad.Result> rs = runs.apply(f);
        return String.format("%s / %s / %s", spreadOf(rs, r -> stepStats(r, step).percentile(50), "%.0f"),
            spreadOf(rs, r -> stepStats(r, step).percentile(95), "%.0f"), spreadOf(rs, r -> stepStats(r, step).percentile(99), "%.0f"));
      }, target);
    }
  }

  private static Stats stepStats(SurgeLoad.Result r, String step) {
    return new Stats(r.latencies().getOrDefault(step, List.of()));
  }

  private static String spreadOf(List<SurgeLoad.Result> runs, ToDoubleFunction<SurgeLoad.Result> figure, String format) {
    return new Stats(runs.stream().map(r -> figure.applyAsDouble(r)).filter(d -> !d.isNaN()).toList()).spread(format);
  }

  private static void row(PrintWriter w, Map<String, Figures> results, String name, java.util.function.Function<Figures, String> cell, String target) {
    w.printf("| %s | %s | %s |%n", name, results.values().stream().map(cell).collect(Collectors.joining(" | ")), target);
  }

  /** Run by run: the CPU per request less its JIT and sign-in parts. */
  private static List<Double> restOfPath(List<Double> total, List<Double> compiler, List<Double> signIns) {
    List<Double> rest = new ArrayList<>();
    for (int i = 0; i < total.size(); i++) {
      rest.add(total.get(i) - compiler.get(i) - signIns.get(i));
    }
    return rest;
  }

  private static String spread(List<Double> values, String format) {
    return values == null ? "-" : new Stats(values).spread(format);
  }

  private static double median(List<Double> values) {
    return new Stats(values).median();
  }

  private static double last(List<Double> values) {
    return Math.round(values.get(values.size() - 1) * 10) / 10.0;
  }

  private static String memory() throws IOException {
    return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
        .map(l -> String.format("%.1f GiB", Long.parseLong(l.replaceAll("\\D", "")) / 1048576.0)).findFirst().orElse("?");
  }

  private static void deleteTree(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (var paths = Files.walk(dir)) {
        for (Path p : paths.sorted(Collections.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  private static void log(String line) {
    System.out.println("[surge " + java.time.LocalTime.now().withNano(0) + "] " + line);
  }
}
