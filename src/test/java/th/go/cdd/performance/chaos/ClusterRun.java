package th.go.cdd.performance.chaos;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.CookieManager;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import th.go.cdd.performance.testing.JsfClient;

/**
 * Issue 14's cluster run. Two Payara Micro servers of one data grid ({@code --clustername}, members by TCP/IP)
 * on one PostgreSQL, HAProxy in front with the operator's configuration (round robin, no stickiness, health
 * check on /health/ready). People work through HAProxy as a browser does: staff sign in, open their report,
 * save their figures, certify and submit; their director approves and their officer signs.
 * <ol>
 *   <li>The surge mix through HAProxy, each person's requests spread over both servers.
 *   <li>SIGKILL of one server in the middle: every acknowledged step is in the database with its signature and
 *       its task, no report is half-signed; people half-way through their report go on without signing in again,
 *       on the page they had open, and find the figures they saved; the failed requests are counted, each a
 *       retryable status without a stack trace, and only around the kill.
 *   <li>Timers and reminders falling due while that server is down run once, on the other.
 *   <li>The killed server restarts and rejoins, HAProxy takes it back; opening report pages at once as its first
 *       pages, it renders them with the same component ids as the other server, and a page opened on either posts
 *       back on the other; changes made on one server count at once on the other (a holiday; an account's
 *       one-time password, lock and unlock).
 *   <li>A rolling restart (drain, stop, start, take back; each server in turn) under the surge mix, without a
 *       failed request; a person whose last page came from each server before its stop goes on on the other.
 *   <li>The backup and restore drill ({@link RestoreDrill}) on the cluster's database.
 * </ol>
 * When a check fails, the summary ends with the exceptions the servers logged ({@link LoggedExceptions}).
 */
final class ClusterRun {
  static final int LB_PORT = Integer.getInteger("cluster.port", 8210);
  static final String[] NAMES = {"s1", "s2"};
  static final int[] PORTS = {LB_PORT + 1, LB_PORT + 2};
  static final int[] GRID_PORTS = {5911, 5912};
  static final String PASSWORD = "demo1234";
  static final int WORKERS = 4;
  static final int STAFF_PER_OFFICE = 8;
  static final int HALF_WAY = 6;
  /** The office whose people are half-way through their report at the kill, and whose timers fall due while it is down. */
  static final String HALF_WAY_OFFICE = "cl3";
  /** The job lock of the run's servers (production: 300 s), so that a lock left by the killed server expires within the run. */
  static final int LOCK_SECONDS = 30;
  /** How long each slow job runs: well inside its lock, so that on a live server nobody else takes it. */
  static final int SLOW_JOB_SECONDS = 12;

  /** An answered step; {@code figures} are the KPI figures a save sent, by KPI number (null for other steps). */
  record Ack(String step, String who, long report, Map<Integer, String> figures) {}

  /** A request the person saw fail: when, what, its status (0: no answer), whether it showed a stack trace. */
  record Failure(Instant at, String step, String who, int status, boolean stackTrace, String excerpt, String server) {}

  /** A staff member of an office, their report of round 2, their director and officer. */
  record Person(String staff, long report, String director, String officer) {}

  private final Path target;
  private final Path war;
  private final Path out;
  private final ThrowawayPostgres pg;
  private final String database;
  private final Findings findings = new Findings();
  private final PayaraServer[] servers = new PayaraServer[2];
  private final Queue<Ack> acks = new ConcurrentLinkedQueue<>();
  private final Queue<Failure> failures = new ConcurrentLinkedQueue<>();
  private final Map<String, AtomicLong> servedBy = new ConcurrentHashMap<>();
  private final AtomicLong requests = new AtomicLong();
  /** Set at the kill: which server answered is counted only while both were up. */
  private final AtomicBoolean killed = new AtomicBoolean();
  private LoadBalancer lb;

  ClusterRun(Path target, Path war, Path out, ThrowawayPostgres pg, String database) {
    this.target = target;
    this.war = war;
    this.out = out;
    this.pg = pg;
    this.database = database;
  }

  Findings findings() {
    return findings;
  }

  void run() throws Exception {
    lb = new LoadBalancer(out, LB_PORT, List.of(PORTS[0], PORTS[1]));
    String grid = "cdd-cluster-run-" + ProcessHandle.current().pid();
    String members = "tcpip:127.0.0.1:" + GRID_PORTS[0] + ",127.0.0.1:" + GRID_PORTS[1];
    for (int i = 0; i < 2; i++) {
      servers[i] = new PayaraServer(target, war, database, List.of("-Dcdd.demo.enabled=true",
          "-Dcdd.login.deviceKey=Y2x1c3Rlci1ydW4tZGV2aWNlLWtleS0zMi1ieXRlcyEhIQ==", "-Dcdd.http.trustedProxies=127.0.0.1",
          "-Dcdd.seal.keystore=" + out.resolve("seal-keys.p12").toAbsolutePath(), "-Dcdd.publicUrl=http://127.0.0.1:" + LB_PORT,
          "-Dcdd.jobexecutor.lockSeconds=" + LOCK_SECONDS),
          PORTS[i], List.of("--clustername", grid, "--name", NAMES[i], "--startport", String.valueOf(GRID_PORTS[i]), "--clustermode", members), out);
    }
    double first = servers[0].start("s1.log");
    double second = servers[1].start("s2.log");
    findings.figure(String.format("%s ready in %.1f s (empty database: migrations, engine, demo year), then %s in %.1f s", NAMES[0], first, NAMES[1], second));
    awaitGrid(2);
    lb.awaitStatus(NAMES[0], "UP", Duration.ofSeconds(20));
    lb.awaitStatus(NAMES[1], "UP", Duration.ofSeconds(20));

    JsfClient setup = browser().http();
    Map<String, List<Person>> offices = new LinkedHashMap<>();
    for (String office : List.of("cl1", "cl2", HALF_WAY_OFFICE, "cl4", "cl5", "cl6")) {
      offices.put(office, office(setup, office, office.equals("cl2") || office.equals("cl5") ? "40" : "50"));
    }
    String before = gridStatistics();
    long requestsBefore = requests.get();

    // 2. people half-way through their report: signed in, the report open, figures saved
    List<HalfWay> halfWay = new ArrayList<>();
    for (Person p : offices.get(HALF_WAY_OFFICE).subList(0, HALF_WAY)) {
      halfWay.add(startHalfWay(p, browser()));
    }

    // 1. the surge mix through HAProxy, then 2. SIGKILL of s2 in the middle of it
    Queue<Person> work = new ConcurrentLinkedQueue<>(offices.get("cl1"));
    work.addAll(offices.get("cl2"));
    AtomicBoolean stop = new AtomicBoolean();
    ExecutorService pool = stream(work, stop);
    Awaitility.await("acknowledged submits before the slow jobs").atMost(Duration.ofSeconds(240))
        .until(() -> acks.stream().filter(a -> a.step().equals("submit")).count() >= 8);
    // jobs that s2 will be running when it dies: started on s2, taken by whichever job executor polls first
    JsfClient toTwo = direct(1, new CookieManager());
    JsfClient.Answer slow = toTwo.post("/chaos/slow-jobs?count=6&seconds=" + SLOW_JOB_SECONDS);
    require(slow.ok(), "starting slow jobs: " + slow);
    String[] twoLocks = new String[1];
    Awaitility.await("a slow job locked by " + NAMES[1]).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
      twoLocks[0] = toTwo.get("/chaos/job-locks").body();
      return !twoLocks[0].endsWith(" 0");
    });
    String killedOwner = twoLocks[0].split(" ")[0];
    Awaitility.await("acknowledged submits before the kill").atMost(Duration.ofSeconds(240))
        .until(() -> acks.stream().filter(a -> a.step().equals("submit")).count() >= 12);
    JsfClient.Answer armed = setup.post("/chaos/arm-timers?prefix=" + HALF_WAY_OFFICE + "&seconds=4");
    JsfClient.Answer reminders = setup.post("/chaos/arm-reminders?prefix=" + HALF_WAY_OFFICE + "&round=2&seconds=4");
    require(armed.ok() && !armed.body().isEmpty() && reminders.ok() && !reminders.body().isEmpty(), "arming timers: " + armed + " " + reminders);
    String gridAtKill = gridStatistics();
    Instant killedAt = Instant.now();
    killed.set(true);
    servers[1].kill();
    long lockedAtKill;
    long heldByKilled;
    try (Connection db = db()) {
      lockedAtKill = count(db, "select count(*) from act_ru_job where lock_owner_ is not null and lock_exp_time_ > now()");
      heldByKilled = count(db, "select count(*) from act_ru_job where lock_owner_ = '" + killedOwner + "'");
    }
    Instant down = awaitDown(NAMES[1]);
    findings.figure(String.format("SIGKILL of %s after %d acknowledged submits; HAProxy took it out %.1f s later; %d jobs were locked at the kill",
        NAMES[1], acks.stream().filter(a -> a.step().equals("submit")).count(), Duration.between(killedAt, down).toMillis() / 1000.0, lockedAtKill));
    continueHalfWay(halfWay);
    stop.set(true);
    pool.shutdown();
    require(pool.awaitTermination(300, TimeUnit.SECONDS), "the stream ended");
    long surgeRequests = requests.get() - requestsBefore;
    checkSpread();
    try (Connection db = db()) {
      checkAcknowledged(db);
      checkNoHalfSigned(db, List.of("cl1", "cl2", HALF_WAY_OFFICE));
      checkFailuresAroundTheKill(killedAt, down);
      // 3. timers and reminders due while s2 is down
      checkTimersRanOnce(db, armed.body().split(","), reminders.body().split(","));
      checkLockedJobsRunElsewhere(db, slow.body().split(","), heldByKilled);
    }
    recordGridBytes(before, gridAtKill, surgeRequests);

    // 4. the killed server comes back
    Instant restart = Instant.now();
    double again = servers[1].start("s2-restart.log");
    awaitGrid(2);
    lb.awaitStatus(NAMES[1], "UP", Duration.ofSeconds(30));
    findings.check("the killed server restarts, rejoins the data grid and HAProxy sends to it again", true,
        String.format("ready in %.1f s, back in HAProxy %.1f s after the restart began; grid of 2 on both servers", again,
            Duration.between(restart, Instant.now()).toMillis() / 1000.0));
    checkPagesMoveBetweenServers(offices.get("cl6").subList(5, 7), offices.get("cl1"));
    checkChangesSeenAtOnce(offices.get("cl6"));

    // 5. a rolling restart under the surge mix
    rollingRestart(offices.get("cl4"), offices.get("cl5"), offices.get("cl6").subList(3, 5));

    checkSessionsWrittenWhole();

    // 6. the backup and restore drill on the cluster's database: a report signed after the base backup comes back
    // from the WAL archive alone
    new RestoreDrill(target, war, out, pg, database, List.of("-Dcdd.seal.keystore=" + out.resolve("seal-keys.p12").toAbsolutePath()))
        .run(findings, () -> cycle(offices.get("cl6").get(2)));
  }

  // ------------------------------------------------------------------------------------------ people

  /** A browser through HAProxy: its own cookies; every answer counted with the server that gave it. */
  private record Browser(JsfClient http, Map<String, Integer> servers) {}

  private Browser browser() {
    return new Browser(throughBalancer(new CookieManager(null, java.net.CookiePolicy.ACCEPT_ALL)), new ConcurrentHashMap<>());
  }

  private interface Request {
    JsfClient.Answer send() throws IOException, InterruptedException;
  }

  /** Sends a request as a person does; a failure is recorded and ends what the person was doing (StepFailed). */
  private JsfClient.Answer step(Browser b, String step, String who, Request request) throws StepFailed, InterruptedException {
    Instant at = Instant.now();
    requests.incrementAndGet();
    JsfClient.Answer a;
    try {
      a = request.send();
    } catch (IOException e) {
      failures.add(new Failure(at, step, who, 0, false, e.toString(), "none"));
      throw new StepFailed();
    }
    if (!killed.get()) {
      a.headers().firstValue("X-CDD-Server").ifPresent(s -> {
        b.servers().merge(s, 1, Integer::sum);
        servedBy.computeIfAbsent(s, k -> new AtomicLong()).incrementAndGet();
      });
    }
    boolean refusedSignIn = step.equals("sign in") && !a.ok();
    boolean signedOut = a.statusCode() == 302 && String.valueOf(a.location()).contains("login.xhtml")
        || a.body().contains("<redirect") && a.body().contains("login.xhtml");
    if (a.showsAnError() || refusedSignIn || signedOut) {
      String body = a.body();
      failures.add(new Failure(at, step, who, a.statusCode(), body.contains("Exception") || body.contains("\tat "),
          body.replaceAll("\\s+", " ").substring(0, Math.min(160, body.replaceAll("\\s+", " ").length())),
          a.headers().firstValue("X-CDD-Server").orElse("?")));
      throw new StepFailed();
    }
    return a;
  }

  private static final class StepFailed extends Exception {
    private static final long serialVersionUID = 1L;

    StepFailed() {
      super(null, null, false, false);
    }
  }

  private List<Person> office(JsfClient setup, String office, String province) throws Exception {
    JsfClient.Answer staff = setup.post("/chaos/office?prefix=" + office + "&province=" + province + "&staff=" + STAFF_PER_OFFICE);
    require(staff.ok(), "office " + office + ": " + staff);
    List<Person> people = new ArrayList<>();
    for (String s : staff.body().split(",")) {
      people.add(new Person(s, reportOf(setup, s), office + ".director", office + ".officer"));
    }
    return people;
  }

  private long reportOf(JsfClient http, String staff) {
    long[] id = new long[1];
    Awaitility.await("the round-2 report of " + staff).atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() -> {
      JsfClient.Answer a = http.get("/chaos/report?staff=" + staff + "&round=2");
      if (a.ok()) {
        id[0] = Long.parseLong(a.body());
      }
      return a.ok();
    });
    return id[0];
  }

  /** A whole report through HAProxy: sign in, open, save, certify and submit; the director approves, the officer signs. */
  private void cycle(Person p) throws InterruptedException {
    Browser b = browser();
    try {
      step(b, "sign in", p.staff(), () -> b.http().login(p.staff(), PASSWORD));
      think();
      String path = "/app/report.xhtml?id=" + p.report();
      JsfClient.Answer page = step(b, "open", p.staff(), () -> b.http().get(path));
      Document doc = Jsoup.parse(page.body());
      Map<String, String> fields = JsfClient.fields(doc, "report");
      Map<Integer, String> figures = fill(fields, p.report(), 0);
      think();
      step(b, "save", p.staff(), () -> b.http().ajax(path, fields, doc, "report:save"));
      acks.add(new Ack("save", p.staff(), p.report(), figures));
      think();
      fields.put("report:certify_input", "on");
      step(b, "submit", p.staff(), () -> b.http().ajax(path, fields, doc, "report:submit"));
      acks.add(new Ack("submit", p.staff(), p.report(), null));
      think();
      step(b, "approve", p.director(), () -> b.http().post("/chaos/approve?director=" + p.director() + "&report=" + p.report()));
      acks.add(new Ack("approve", p.director(), p.report(), null));
      think();
      step(b, "sign", p.officer(), () -> b.http().post("/chaos/sign?officer=" + p.officer() + "&report=" + p.report()));
      acks.add(new Ack("sign", p.officer(), p.report(), null));
    } catch (StepFailed e) {
      // the person saw the failure; what they do next is another person's cycle
    }
    browsers.add(b);
  }

  private final Queue<Browser> browsers = new ConcurrentLinkedQueue<>();

  /** Workers taking the next person's whole report until there is none; then reading (sign in, inbox) until told to stop. */
  private ExecutorService stream(Queue<Person> work, AtomicBoolean stop) {
    ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
    List<Person> all = List.copyOf(work);
    for (int w = 0; w < WORKERS; w++) {
      pool.submit(() -> {
        Person next;
        while ((next = work.poll()) != null) {
          cycle(next);
        }
        while (!stop.get()) {
          Person reader = all.get(ThreadLocalRandom.current().nextInt(all.size()));
          Browser b = browser();
          try {
            step(b, "sign in", reader.staff(), () -> b.http().login(reader.staff(), PASSWORD));
            think();
            step(b, "inbox", reader.staff(), () -> b.http().get("/app/inbox.xhtml"));
            think();
            step(b, "open", reader.staff(), () -> b.http().get("/app/report.xhtml?id=" + reader.report()));
            think();
          } catch (StepFailed e) {
            // counted
          }
          browsers.add(b);
        }
        return null;
      });
    }
    return pool;
  }

  /** The figures a person types, different per report and per save: by KPI number (the form's rows in order). */
  private static Map<Integer, String> fill(Map<String, String> fields, long report, int round) {
    Map<Integer, String> figures = new HashMap<>();
    Pattern figure = Pattern.compile("report:kpis:(\\d+):figure");
    for (String name : List.copyOf(fields.keySet())) {
      Matcher m = figure.matcher(name);
      if (m.matches()) {
        int row = Integer.parseInt(m.group(1));
        String value = row == 1 ? String.valueOf(55 + (report + round) % 30) : String.valueOf(1 + (report + row + round) % 5);
        fields.put(name, value);
        figures.put(row + 1, value);
      } else if (name.endsWith(":base")) {
        fields.put(name, "100");
      } else if (name.endsWith(":chosenLevel_input")) {
        fields.put(name, "3");
      }
    }
    return figures;
  }

  private static void think() throws InterruptedException {
    Thread.sleep(300 + ThreadLocalRandom.current().nextLong(500));
  }

  // ------------------------------------------------------------------------------------------ half-way

  /** A person half-way through their report: their browser, the page they have open, what they saved. */
  private record HalfWay(Person person, Browser browser, String path, Document page, Map<String, String> fields, String openedOn) {}

  private HalfWay startHalfWay(Person p, Browser b) throws Exception {
    try {
      step(b, "sign in", p.staff(), () -> b.http().login(p.staff(), PASSWORD));
      String path = "/app/report.xhtml?id=" + p.report();
      JsfClient.Answer page = step(b, "open", p.staff(), () -> b.http().get(path));
      Document doc = Jsoup.parse(page.body());
      Map<String, String> fields = JsfClient.fields(doc, "report");
      Map<Integer, String> figures = fill(fields, p.report(), 0);
      step(b, "save", p.staff(), () -> b.http().ajax(path, fields, doc, "report:save"));
      acks.add(new Ack("save", p.staff(), p.report(), figures));
      return new HalfWay(p, b, path, doc, fields, page.headers().firstValue("X-CDD-Server").orElse("?"));
    } catch (StepFailed e) {
      throw new IllegalStateException("a half-way person could not start: " + failures);
    }
  }

  /**
   * After the kill each half-way person: opens the inbox (still signed in), saves new figures from the page
   * they had open (its view, made before the kill on either server), opens the report again and finds those
   * figures, then certifies and submits.
   */
  private void continueHalfWay(List<HalfWay> people) throws InterruptedException {
    List<String> problems = goOn(people, "the kill");
    long onKilled = people.stream().filter(h -> h.openedOn().equals(NAMES[1])).count();
    findings.check("people half-way through their report when a server is killed go on without signing in again: the page they had open "
        + "saves, the report shows what they saved, and they submit", problems.isEmpty(),
        people.size() + " people (" + onKilled + " had opened their report on the killed server); "
        + (problems.isEmpty() ? "all went on" : String.join("; ", problems)));
  }

  /** Each person goes on from the page they had open (inbox, save, open again and find the figures, submit); what went wrong. */
  private List<String> goOn(List<HalfWay> people, String after) throws InterruptedException {
    List<String> problems = new ArrayList<>();
    for (HalfWay h : people) {
      Person p = h.person();
      Browser b = h.browser();
      try {
        step(b, "inbox after " + after, p.staff(), () -> b.http().get("/app/inbox.xhtml"));
        Map<Integer, String> figures = fill(h.fields(), p.report(), 1);
        step(b, "save on the page open before " + after, p.staff(), () -> b.http().ajax(h.path(), h.fields(), h.page(), "report:save"));
        acks.add(new Ack("save", p.staff(), p.report(), figures));
        JsfClient.Answer reopened = step(b, "open again", p.staff(), () -> b.http().get(h.path()));
        Document doc = Jsoup.parse(reopened.body());
        Map<String, String> fields = JsfClient.fields(doc, "report");
        for (Map.Entry<Integer, String> f : figures.entrySet()) {
          String shown = fields.get("report:kpis:" + (f.getKey() - 1) + ":figure");
          if (shown == null || new BigDecimal(shown.replace(",", "")).compareTo(new BigDecimal(f.getValue())) != 0) {
            problems.add(p.staff() + ": KPI " + f.getKey() + " shows " + shown + ", saved " + f.getValue());
          }
        }
        fields.put("report:certify_input", "on");
        step(b, "submit after " + after, p.staff(), () -> b.http().ajax(h.path(), fields, doc, "report:submit"));
        acks.add(new Ack("submit", p.staff(), p.report(), null));
      } catch (StepFailed e) {
        Failure last = failures.stream().filter(f -> f.who().equals(p.staff())).reduce((x, y) -> y).orElse(null);
        problems.add(p.staff() + ": a request failed" + (last == null ? "" : " (" + last.step() + " on " + last.server() + ": " + last.status() + " "
            + last.excerpt() + ")"));
      }
    }
    return problems;
  }

  // ------------------------------------------------------------------------------------------ checks

  /**
   * Without stickiness round robin sends a person's requests to either server as the other people's requests fall
   * between them: a browser of k answers meets only one server with a chance of about 2^(1-k), 1 in 8 for four.
   * Stickiness would put every browser on one server. So at least half of the browsers with four or more answers
   * must have met both (a run had 9 of 12, under the 80 % this asked before and by chance alone), and each server
   * must have given a quarter of all answers.
   */
  private void checkSpread() {
    List<Browser> all = List.copyOf(browsers);
    long withFour = all.stream().filter(b -> b.servers().values().stream().mapToInt(Integer::intValue).sum() >= 4).count();
    long onBoth = all.stream().filter(b -> b.servers().values().stream().mapToInt(Integer::intValue).sum() >= 4 && b.servers().size() == 2).count();
    long s1 = servedBy.getOrDefault(NAMES[0], new AtomicLong()).get();
    long s2 = servedBy.getOrDefault(NAMES[1], new AtomicLong()).get();
    findings.check("the surge mix goes through HAProxy with each person's requests spread over both servers (no stickiness)",
        withFour > 0 && onBoth >= 0.5 * withFour && Math.min(s1, s2) > 0.25 * (s1 + s2),
        "before the kill: " + onBoth + " of " + withFour + " browsers with 4 or more answers were answered by both servers; answers "
        + NAMES[0] + " " + s1 + ", " + NAMES[1] + " " + s2);
  }

  private void checkAcknowledged(Connection db) throws SQLException {
    List<String> missing = new ArrayList<>();
    Map<String, Integer> checked = new HashMap<>();
    Map<Long, Ack> lastSave = new HashMap<>();
    for (Ack a : acks) {
      if (a.step().equals("save")) {
        lastSave.put(a.report(), a);
      }
    }
    String sql = "select r.status, "
        + "(select count(*) from signature s where s.report_id = r.id and s.step = 'STAFF'), "
        + "(select count(*) from signature s where s.report_id = r.id and s.step = 'DIRECTOR' and s.decision = 'APPROVE'), "
        + "(select count(*) from signature s where s.report_id = r.id and s.step = 'OFFICER'), "
        + "(select string_agg(t.task_def_key_, ',') from act_ru_task t where t.proc_inst_id_ = r.processinstanceid) "
        + "from report r where r.id = ?";
    try (PreparedStatement ps = db.prepareStatement(sql)) {
      for (Ack a : acks) {
        if (a.step().equals("save")) {
          continue;
        }
        checked.merge(a.step(), 1, Integer::sum);
        ps.setLong(1, a.report());
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          String status = rs.getString(1);
          String task = rs.getString(5);
          boolean ok = switch (a.step()) {
            case "submit" -> List.of("WITH_DIRECTOR", "WITH_OFFICER", "SIGNED").contains(status) && rs.getInt(2) >= 1;
            case "approve" -> List.of("WITH_OFFICER", "SIGNED").contains(status) && rs.getInt(3) == 1;
            case "sign" -> status.equals("SIGNED") && rs.getInt(4) == 1 && task == null;
            default -> false;
          };
          if (!ok) {
            missing.add(a.step() + " of report " + a.report() + ": found " + status + " signatures staff/director/officer " + rs.getInt(2) + "/"
                + rs.getInt(3) + "/" + rs.getInt(4) + " task " + task);
          }
        }
      }
    }
    String figures = "select d.number, e.figure from kpi_entry e join kpi_definition d on d.id = e.kpi_id where e.report_id = ? and e.assigned_id is null";
    try (PreparedStatement ps = db.prepareStatement(figures)) {
      for (Ack a : lastSave.values()) {
        checked.merge("save", 1, Integer::sum);
        ps.setLong(1, a.report());
        Map<Integer, BigDecimal> found = new HashMap<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            found.put(rs.getInt(1), rs.getBigDecimal(2));
          }
        }
        for (Map.Entry<Integer, String> f : a.figures().entrySet()) {
          BigDecimal stored = found.get(f.getKey());
          if (stored == null || stored.compareTo(new BigDecimal(f.getValue())) != 0) {
            missing.add("save of report " + a.report() + ": KPI " + f.getKey() + " saved " + f.getValue() + ", stored " + stored);
          }
        }
      }
    }
    findings.check("every acknowledged step is in the database: the last save's figures, each submit, approval and signature with its "
        + "signature and the task at the next step", missing.isEmpty() && !checked.isEmpty(),
        checked + " checked; " + (missing.isEmpty() ? "none missing" : String.join("; ", missing)));
  }

  private void checkNoHalfSigned(Connection db, List<String> offices) throws SQLException {
    String sql = "select r.id, r.status, r.submissioncount, "
        + "(select count(*) from signature s where s.report_id = r.id and s.step = 'STAFF'), "
        + "(select count(*) from signature s where s.report_id = r.id and s.step = 'DIRECTOR'), "
        + "(select count(*) from signature s where s.report_id = r.id and s.step = 'OFFICER'), "
        + "(select string_agg(t.task_def_key_, ',') from act_ru_task t where t.proc_inst_id_ = r.processinstanceid) "
        + "from report r join person p on p.id = r.staff_id join reporting_round rr on rr.id = r.round_id "
        + "where split_part(p.username, '.', 1) = any (?) and rr.number = 2";
    List<String> bad = new ArrayList<>();
    Map<String, Integer> states = new HashMap<>();
    try (PreparedStatement ps = db.prepareStatement(sql)) {
      ps.setArray(1, db.createArrayOf("varchar", offices.toArray()));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String status = rs.getString(2);
          int submissions = rs.getInt(3);
          int staff = rs.getInt(4);
          int director = rs.getInt(5);
          int officer = rs.getInt(6);
          String task = rs.getString(7);
          states.merge(status, 1, Integer::sum);
          boolean consistent = staff == submissions && switch (status) {
            case "DRAFT" -> submissions == 0 && director == 0 && officer == 0 && "fillReport".equals(task);
            case "WITH_DIRECTOR" -> submissions == 1 && director == 0 && officer == 0 && "directorReview".equals(task);
            case "WITH_OFFICER" -> submissions == 1 && director == 1 && officer == 0 && "officerReview".equals(task);
            case "SIGNED" -> submissions == 1 && director == 1 && officer == 1 && task == null;
            default -> false;
          };
          if (!consistent) {
            bad.add("report " + rs.getLong(1) + " " + status + " submissions " + submissions + " signatures " + staff + "/" + director + "/" + officer
                + " task " + task);
          }
        }
      }
    }
    int reports = states.values().stream().mapToInt(Integer::intValue).sum();
    findings.check("no report half-signed: status, signatures and the open task agree on every report of the run", bad.isEmpty()
        && reports == offices.size() * STAFF_PER_OFFICE, reports + " reports " + states + "; " + (bad.isEmpty() ? "all consistent" : String.join("; ", bad)));
  }

  private void checkFailuresAroundTheKill(Instant killedAt, Instant down) {
    List<Failure> all = List.copyOf(failures);
    List<String> wrong = new ArrayList<>();
    for (Failure f : all) {
      boolean aroundKill = !f.at().isBefore(killedAt.minusSeconds(1)) && !f.at().isAfter(down.plusSeconds(2));
      boolean retryable = f.status() == 0 || f.status() == 502 || f.status() == 503 || f.status() == 504;
      if (!aroundKill || !retryable || f.stackTrace()) {
        wrong.add(f.step() + " of " + f.who() + " at +" + Duration.between(killedAt, f.at()).toMillis() + " ms: " + f.status() + " " + f.excerpt());
      }
    }
    findings.check("the only failed requests were in flight at the kill: each a retryable status or no answer, never a stack trace",
        wrong.isEmpty(), all.size() + " failed of " + requests.get() + " requests (HAProxy retried "
        + haproxyRetries() + " on the other server); " + (wrong.isEmpty() ? "none outside the kill" : String.join("; ", wrong)));
  }

  private String haproxyRetries() {
    try {
      long retries = 0;
      long redispatches = 0;
      for (String s : NAMES) {
        Map<String, String> st = lb.stats(s);
        retries += parse(st.get("wretr"));
        redispatches += parse(st.get("wredis"));
      }
      return retries + " retries, " + redispatches + " redispatches";
    } catch (IOException e) {
      return "unknown (" + e.getMessage() + ")";
    }
  }

  private static long parse(String s) {
    return s == null || s.isBlank() ? 0 : Long.parseLong(s);
  }

  /**
   * The round-opening timers of the half-way office and the reminder timers of its round-2 reports fell due 4 s
   * after the kill: they ran on the remaining server, once each: the jobs are gone, each staff member has one
   * round-3 report, each armed reminder task ended once, and the outbox holds no message twice.
   */
  private void checkTimersRanOnce(Connection db, String[] openings, String[] reminders) throws SQLException {
    String jobs = "'" + String.join("','", openings) + "','" + String.join("','",
        java.util.Arrays.stream(reminders).map(r -> r.split(":")[2]).toList()) + "'";
    String round3 = "select count(*) from report r join person p on p.id = r.staff_id join reporting_round rr on rr.id = r.round_id "
        + "where p.username like '" + HALF_WAY_OFFICE + ".%' and rr.number = 3";
    boolean ran;
    Instant t0 = Instant.now();
    try {
      Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
          .until(() -> count(db, "select count(*) from act_ru_job where id_ in (" + jobs + ")") == 0 && count(db, round3) == openings.length);
      ran = true;
    } catch (ConditionTimeoutException e) {
      ran = false;
    }
    String reports = String.join(",", java.util.Arrays.stream(reminders).map(r -> r.split(":")[1]).distinct().toList());
    long remindersEnded = count(db, "select count(*) from act_hi_actinst a join report r on r.processinstanceid = a.proc_inst_id_ where r.id in ("
        + reports + ") and a.act_id_ in ('sendReminder', 'sendEscalation') and a.end_time_ is not null");
    long duplicates = count(db, "select count(*) from (select report_id, kind, recipient, due_day from reminder_message "
        + "group by report_id, kind, recipient, due_day having count(*) > 1) d");
    long messages = count(db, "select count(*) from reminder_message where report_id in (" + reports + ")");
    findings.check("timers and reminders due while a server is down run once, on the other: each round opening once, each reminder task once, "
        + "no message twice in the outbox", ran && remindersEnded == reminders.length && duplicates == 0,
        openings.length + " round openings and " + reminders.length + " reminder timers due 4 s after the kill; "
        + (ran ? String.format("all ran within %.0f s", Duration.between(t0, Instant.now()).toMillis() / 1000.0) : "not all ran within 120 s")
        + "; " + count(db, round3) + " round-3 reports; reminder tasks ended " + remindersEnded + "; " + messages + " messages queued, "
        + duplicates + " duplicated");
  }

  /**
   * Slow jobs were running on the killed server (their locks held by its job executor): nothing of theirs
   * committed, their locks expire after {@value #LOCK_SECONDS} s and the other server runs them; each ends once.
   */
  private void checkLockedJobsRunElsewhere(Connection db, String[] instances, long heldAtKill) throws SQLException {
    String ids = "'" + String.join("','", instances) + "'";
    Instant t0 = Instant.now();
    String ended = "select count(*) from act_hi_procinst where id_ in (" + ids + ") and end_time_ is not null";
    boolean ran;
    try {
      Awaitility.await().atMost(Duration.ofSeconds(LOCK_SECONDS + 90L)).pollInterval(Duration.ofSeconds(1))
          .until(() -> count(db, ended) == instances.length);
      ran = true;
    } catch (ConditionTimeoutException e) {
      ran = false;
    }
    long tasksEnded = count(db, "select count(*) from act_hi_actinst where proc_inst_id_ in (" + ids + ") and act_id_ = '" + SlowJob.TASK
        + "' and end_time_ is not null");
    findings.check("jobs the killed server held locked are run by the other once their locks expire: each once, none lost", heldAtKill > 0
        && ran && tasksEnded == instances.length, instances.length + " slow jobs (" + SLOW_JOB_SECONDS + " s each), " + heldAtKill
        + " locked by the killed server at the kill (lock " + LOCK_SECONDS + " s); " + (ran
            ? String.format("all ended within %.0f s of this check", Duration.between(t0, Instant.now()).toMillis() / 1000.0)
            : count(db, ended) + " ended within " + (LOCK_SECONDS + 90) + " s") + "; task ended " + tasksEnded + " times in all");
  }

  /**
   * A restarted server builds its pages for the first time under load, several requests at once: a page it renders
   * must carry the same component ids as the other server's and post back there, and the other's on it. Faces'
   * default numbering of generated ids counts, per page, in the order a server first meets each tag, so that
   * concurrent first builds numbered the report page's components differently on the two servers and a postback
   * failed in restoring its view (ArrayIndexOutOfBoundsException, the CI run of 3 Dec); web.xml's
   * com.sun.faces.useFaceletsID makes the ids the pages' own. Here the restarted server's first report pages are
   * {@code readers}' (opened all at once); then the report page of one of {@code two} is compared, id by id, as
   * each server renders it, and each of {@code two} opens and saves on one server and goes on on the other.
   */
  private void checkPagesMoveBetweenServers(List<Person> two, List<Person> readers) throws Exception {
    List<JsfClient> signedIn = new ArrayList<>();
    for (Person r : readers) {
      JsfClient c = direct(1, new CookieManager());
      require(c.login(r.staff(), PASSWORD).ok(), "sign-in of " + r.staff() + " on " + NAMES[1]);
      signedIn.add(c);
    }
    ExecutorService firstBuilds = Executors.newFixedThreadPool(readers.size());
    List<java.util.concurrent.Future<Integer>> opened = new ArrayList<>();
    for (int i = 0; i < readers.size(); i++) {
      JsfClient c = signedIn.get(i);
      long report = readers.get(i).report();
      opened.add(firstBuilds.submit(() -> c.get("/app/report.xhtml?id=" + report).statusCode()));
    }
    for (java.util.concurrent.Future<Integer> f : opened) {
      require(f.get(120, TimeUnit.SECONDS) == 200, "a report page opened on " + NAMES[1]);
    }
    firstBuilds.shutdown();

    List<String> problems = new ArrayList<>();
    CookieManager jar = new CookieManager();
    require(direct(0, jar).login(two.get(0).staff(), PASSWORD).ok(), "sign-in of " + two.get(0).staff());
    String path = "/app/report.xhtml?id=" + two.get(0).report();
    List<String> onOne = ids(direct(0, jar).get(path).body());
    List<String> onTwo = ids(direct(1, jar).get(path).body());
    if (!onOne.equals(onTwo)) {
      List<String> differ = new ArrayList<>();
      for (int i = 0; i < Math.min(onOne.size(), onTwo.size()) && differ.size() < 3; i++) {
        if (!onOne.get(i).equals(onTwo.get(i))) {
          differ.add(onOne.get(i) + " on " + NAMES[0] + " is " + onTwo.get(i) + " on " + NAMES[1]);
        }
      }
      problems.add("the report page's ids differ (" + onOne.size() + " and " + onTwo.size() + " ids; " + String.join(", ", differ) + ")");
    }
    for (int from = 1; from >= 0; from--) {
      Person p = two.get(1 - from);
      CookieManager own = new CookieManager();
      HalfWay start = startHalfWay(p, new Browser(direct(from, own), new ConcurrentHashMap<>()));
      int to = 1 - from;
      problems.addAll(goOn(List.of(new HalfWay(p, new Browser(direct(to, own), new ConcurrentHashMap<>()), start.path(), start.page(),
          start.fields(), NAMES[from])), "the move to " + NAMES[to]));
    }
    findings.check("a restarted server renders a page with the same component ids as the other, and each server's page posts back on the other",
        problems.isEmpty(), readers.size() + " report pages opened at once as the restarted " + NAMES[1] + "'s first; the report page compared id by id ("
        + onOne.size() + " ids); pages opened and saved on " + NAMES[1] + " then on " + NAMES[0] + ", each going on on the other: "
        + (problems.isEmpty() ? "the same ids; both saved, showed their figures and submitted" : String.join("; ", problems)));
  }

  /** The ids of a page's elements, in document order, without the view state's (which is the session's, not the page's). */
  private static List<String> ids(String html) {
    return Jsoup.parse(html).select("[id]").eachAttr("id").stream().filter(id -> !id.contains("ViewState")).toList();
  }

  /**
   * After the rejoin, each change made through one server counts at once on the other: a public holiday (the
   * working-day count every timer uses), a one-time password issued (the person's session ends), an account
   * locked by failed sign-ins and unlocked by an administrator.
   */
  private void checkChangesSeenAtOnce(List<Person> office) throws Exception {
    JsfClient one = direct(0, new CookieManager());
    JsfClient two = direct(1, new CookieManager());
    LocalDate day = LocalDate.now().plusDays(60);
    while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY
        || !"true".equals(two.get("/chaos/working-day?date=" + day).body())) {
      day = day.plusDays(1);
    }
    require(one.post("/chaos/holiday?date=" + day).ok(), "adding a holiday");
    String seen = two.get("/chaos/working-day?date=" + day).body();
    findings.check("a holiday added on one server counts at once on the other", "false".equals(seen),
        day + " added on " + NAMES[0] + "; " + NAMES[1] + " (which had counted it a working day a moment before) answers working day = " + seen);

    Person reset = office.get(0);
    CookieManager jar = new CookieManager();
    JsfClient signedIn = direct(0, jar);
    require(signedIn.login(reset.staff(), PASSWORD).ok(), "sign-in of " + reset.staff());
    JsfClient sameSessionOnTwo = direct(1, jar);
    int before = sameSessionOnTwo.get("/app/inbox.xhtml").statusCode();
    require(one.post("/chaos/one-time-password?username=" + reset.staff()).ok(), "one-time password");
    JsfClient.Answer after = sameSessionOnTwo.get("/app/inbox.xhtml");
    findings.check("a one-time password issued on one server ends the person's session at once on the other", before == 200
        && after.statusCode() == 302 && String.valueOf(after.location()).contains("login.xhtml"),
        "the session signed in on " + NAMES[0] + " answered " + before + " on " + NAMES[1] + ", then after the reset " + after.statusCode() + " -> "
        + after.location());

    Person locked = office.get(1);
    for (int i = 0; i < 5; i++) {
      direct(0, new CookieManager()).signIn(locked.staff(), "wrong-password-" + i);
    }
    boolean refusedOnTwo = !direct(1, new CookieManager()).signIn(locked.staff(), PASSWORD).signedIn();
    require(two.post("/chaos/unlock?username=" + locked.staff()).ok(), "unlock");
    boolean acceptedOnOne = direct(0, new CookieManager()).signIn(locked.staff(), PASSWORD).signedIn();
    findings.check("an account locked by failed sign-ins on one server is locked on the other; unlocked there, it signs in on the first",
        refusedOnTwo && acceptedOnOne, "5 wrong passwords on " + NAMES[0] + "; the right one on " + NAMES[1] + " "
        + (refusedOnTwo ? "refused" : "accepted") + "; after the unlock on " + NAMES[1] + " the sign-in on " + NAMES[0] + " "
        + (acceptedOnOne ? "succeeded" : "was refused"));
  }

  private JsfClient throughBalancer(CookieManager jar) {
    return JsfClient.at("http://127.0.0.1:" + LB_PORT + "/").cookies(jar).connectTimeout(Duration.ofSeconds(5)).timeout(Duration.ofSeconds(60)).build();
  }

  private JsfClient direct(int server, CookieManager jar) {
    return JsfClient.at(servers[server].at("/")).cookies(jar).connectTimeout(Duration.ofSeconds(5)).timeout(Duration.ofSeconds(60)).build();
  }

  /** Drain, stop (SIGTERM), start, take back: each server in turn, while the surge mix runs through HAProxy. */
  private void rollingRestart(List<Person> first, List<Person> second, List<Person> halfWayAtRestart) throws Exception {
    failures.clear();
    acks.clear();
    long requestsBefore = requests.get();
    Queue<Person> work = new ConcurrentLinkedQueue<>(first);
    work.addAll(second);
    AtomicBoolean stop = new AtomicBoolean();
    ExecutorService pool = stream(work, stop);
    awaitTraffic(requestsBefore, "traffic before the rolling restart");
    List<String> steps = new ArrayList<>();
    Instant t0 = Instant.now();
    List<String> halfWayProblems = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      String name = NAMES[i];
      // a person whose last page (sign in, open, save) came from this server just before it is drained and stopped
      List<HalfWay> onThisServer = new ArrayList<>();
      for (Person p : halfWayAtRestart.subList(i, i + 1)) {
        CookieManager jar = new CookieManager();
        HalfWay h = startHalfWay(p, new Browser(direct(i, jar), new ConcurrentHashMap<>()));
        onThisServer.add(new HalfWay(p, new Browser(throughBalancer(jar), new ConcurrentHashMap<>()), h.path(), h.page(), h.fields(), name));
      }
      Instant begin = Instant.now();
      lb.drain(name);
      Awaitility.await(name + " drained").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
          .until(() -> "0".equals(lb.stats(name).get("scur")));
      servers[i].stop();
      // while it is down, they go on through HAProxy: the other server carries their sessions and their pages
      halfWayProblems.addAll(goOn(onThisServer, "the stop of " + name));
      double ready = servers[i].start(name + "-rolling.log");
      awaitGrid(2);
      lb.ready(name);
      lb.awaitStatus(name, "UP", Duration.ofSeconds(30));
      steps.add(String.format("%s drained, stopped, ready again in %.1f s and back in HAProxy after %.1f s", name, ready,
          Duration.between(begin, Instant.now()).toMillis() / 1000.0));
    }
    awaitTraffic(requests.get(), "traffic after the rolling restart");
    stop.set(true);
    pool.shutdown();
    require(pool.awaitTermination(300, TimeUnit.SECONDS), "the stream ended");
    List<Failure> failed = List.copyOf(failures);
    findings.check("a rolling restart (each server drained, stopped, started and taken back in turn) under the surge mix fails no request",
        failed.isEmpty(), String.join("; ", steps) + String.format(" (%.0f s in all); ", Duration.between(t0, Instant.now()).toMillis() / 1000.0)
        + (requests.get() - requestsBefore) + " requests, " + failed.size() + " failed"
        + (failed.isEmpty() ? "" : ": " + failed.stream().limit(5).map(f -> f.step() + " of " + f.who() + " on " + f.server() + " at " + f.at() + " " + f.status() + " " + f.excerpt()).toList()));
    findings.check("people whose last page came from a server that is then drained and stopped go on on the other without signing in again: "
        + "the page they had open saves, the report shows what they saved, and they submit", halfWayProblems.isEmpty(),
        halfWayAtRestart.size() + " people, one on each server before its stop; " + (halfWayProblems.isEmpty() ? "all went on" : String.join("; ", halfWayProblems)));
    try (Connection db = db()) {
      checkAcknowledged(db);
      checkNoHalfSigned(db, List.of("cl4", "cl5", "cl6"));
    }
  }

  /** No server logged a session attribute it could not write to the grid or read from it (Payara goes on without it). */
  private void checkSessionsWrittenWhole() throws IOException {
    Map<String, Long> found = new LinkedHashMap<>();
    try (java.util.stream.Stream<Path> logs = java.nio.file.Files.list(out)) {
      for (Path log : logs.filter(p -> p.getFileName().toString().matches("s\\d.*\\.log")).sorted().toList()) {
        try (java.util.stream.Stream<String> lines = java.nio.file.Files.lines(log, java.nio.charset.StandardCharsets.ISO_8859_1)) {
          long n = lines.filter(l -> l.contains("Cannot serialize session attribute") || l.contains("Cannot deserialize")
              || l.contains("Exception loading session")).count();
          if (n > 0) {
            found.put(log.getFileName().toString(), n);
          }
        }
      }
    }
    findings.check("every session went to the data grid whole: no server logged an attribute it could not write or read", found.isEmpty(),
        found.isEmpty() ? "none in the servers' logs" : found + " such lines (the session moved without them)");
  }

  /** Until the mix has sent {@value #TRAFFIC} more requests than {@code since}: both servers under load, not a fixed time. */
  private void awaitTraffic(long since, String what) {
    Awaitility.await(what).atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).until(() -> requests.get() >= since + TRAFFIC);
  }

  private static final int TRAFFIC = 30;

  // ------------------------------------------------------------------------------------------ the grid

  private void awaitGrid(int members) {
    for (int i = 0; i < 2; i++) {
      JsfClient http = direct(i, new CookieManager());
      Awaitility.await(NAMES[i] + " in a data grid of " + members).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
          .ignoreExceptions().until(() -> http.get("/chaos/grid").body().startsWith("members=" + members + "\n"));
    }
  }

  private Instant awaitDown(String name) {
    Awaitility.await("HAProxy takes " + name + " out").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).ignoreExceptions()
        .until(() -> lb.status(name).startsWith("DOWN"));
    return Instant.now();
  }

  /** The grid's maps as both servers see them (their lines joined). */
  private String gridStatistics() throws IOException, InterruptedException {
    StringBuilder all = new StringBuilder();
    for (int i = 0; i < 2; i++) {
      all.append(direct(i, new CookieManager()).get("/chaos/grid").body());
    }
    return all.toString();
  }

  /**
   * Bytes a session takes in the grid (the session map's memory over its entries, both members' owned entries) and
   * grid writes per request (puts and sets on the session map over the surge's requests, both members).
   */
  private void recordGridBytes(String before, String after, long surgeRequests) throws IOException {
    java.nio.file.Files.writeString(out.resolve("grid-before.txt"), before);
    java.nio.file.Files.writeString(out.resolve("grid-at-kill.txt"), after);
    Map<String, long[]> a = mapTotals(before);
    Map<String, long[]> b = mapTotals(after);
    List<String> lines = new ArrayList<>();
    for (Map.Entry<String, long[]> e : b.entrySet()) {
      long[] v = e.getValue();
      long[] w = a.getOrDefault(e.getKey(), new long[4]);
      long writes = v[2] - w[2];
      if (v[0] == 0 && writes == 0) {
        continue;
      }
      long perEntry = v[0] == 0 ? 0 : v[1] / v[0];
      double perRequest = surgeRequests == 0 ? 0.0 : (double) writes / surgeRequests;
      lines.add(String.format("map %s: %d entries, %d bytes (%d per entry), %d writes during the surge, %.2f per request, about %.1f KB "
          + "written per request (and as much again to the backup member)", e.getKey(), v[0], v[1], perEntry, writes, perRequest, perRequest * perEntry / 1024));
    }
    Collections.sort(lines);
    findings.figure("data grid at the kill (both members): " + String.join("; ", lines) + "; " + surgeRequests + " requests in the surge");
  }

  /** Per map: owned entries, owned bytes, puts + sets, summed over the members' lines. */
  private static Map<String, long[]> mapTotals(String statistics) {
    Map<String, long[]> totals = new HashMap<>();
    Pattern line = Pattern.compile("map (\\S+) entries=\\d+ owned=(\\d+) ownedBytes=(\\d+) backupBytes=\\d+ puts=(\\d+) sets=(\\d+)");
    Matcher m = line.matcher(statistics);
    while (m.find()) {
      long[] t = totals.computeIfAbsent(m.group(1), k -> new long[4]);
      t[0] += Long.parseLong(m.group(2));
      t[1] += Long.parseLong(m.group(3));
      t[2] += Long.parseLong(m.group(4)) + Long.parseLong(m.group(5));
    }
    return totals;
  }

  // ------------------------------------------------------------------------------------------ plumbing

  void stopAll() throws InterruptedException {
    for (PayaraServer s : servers) {
      if (s != null) {
        s.stop();
      }
    }
    if (lb != null) {
      lb.close();
    }
  }

  private Connection db() throws SQLException {
    return DriverManager.getConnection(pg.url(database), "postgres", "postgres");
  }

  private static long count(Connection db, String sql) throws SQLException {
    try (ResultSet rs = db.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void require(boolean ok, String what) {
    if (!ok) {
      throw new IllegalStateException("unexpected: " + what);
    }
  }
}
