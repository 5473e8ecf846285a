package th.go.cdd.performance.chaos;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * SIGKILL in the middle of a stream of submits and approvals, then a restart on the same database.
 * Workers take staff members one by one: fill the report, submit it (acknowledged), and the group
 * director approves it (acknowledged). Once {@value #KILL_AFTER} acknowledgements are in, the
 * round-opening timers of one office are moved to fall due a few seconds later (during the
 * downtime) and the server is killed while requests are in flight. After the restart the database
 * must hold every acknowledged step with its signature and its task, no report may be half-signed,
 * and the timers must have run.
 */
final class CrashRun {
  static final String[] OFFICES = {"crash1", "crash2", "crash3"};
  static final int STAFF_PER_OFFICE = 8;
  static final int WORKERS = 4;
  static final int KILL_AFTER = Integer.getInteger("chaos.killAfter", 24);

  record Ack(String step, String actor, long report) {}

  private final PayaraServer server;
  private final ThrowawayPostgres pg;
  private final String database;
  private final Findings findings = new Findings();
  private final Queue<Ack> acks = new ConcurrentLinkedQueue<>();
  private final AtomicInteger inFlightAtKill = new AtomicInteger();
  private final Queue<String> refused = new ConcurrentLinkedQueue<>();

  CrashRun(PayaraServer server, ThrowawayPostgres pg, String database) {
    this.server = server;
    this.pg = pg;
    this.database = database;
  }

  Findings run() throws Exception {
    HttpDriver setup = new HttpDriver();
    Queue<String[]> work = new ConcurrentLinkedQueue<>();
    for (int o = 0; o < OFFICES.length; o++) {
      HttpDriver.Answer staff = setup.post("/chaos/office?prefix=" + OFFICES[o] + "&province=" + (o % 2 == 0 ? "50" : "40")
          + "&staff=" + STAFF_PER_OFFICE);
      require(staff.ok(), "office " + OFFICES[o] + ": " + staff);
      for (String s : staff.body().split(",")) {
        work.add(new String[] {s, OFFICES[o] + ".director", String.valueOf(reportOf(setup, s, 2))});
      }
    }
    List<String[]> items = new ArrayList<>(work);
    ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
    for (int w = 0; w < WORKERS; w++) {
      pool.submit(() -> stream(work));
    }
    Awaitility.await("acknowledged steps before the kill").atMost(Duration.ofSeconds(180)).until(() -> acks.size() >= KILL_AFTER);
    HttpDriver.Answer armed = setup.post("/chaos/arm-timers?prefix=" + OFFICES[0] + "&seconds=4");
    require(armed.ok() && !armed.body().isEmpty(), "arming the round-opening timers: " + armed);
    Instant killedAt = Instant.now();
    server.kill();
    pool.shutdown();
    pool.awaitTermination(90, TimeUnit.SECONDS);
    List<Ack> acknowledged = new ArrayList<>(acks);
    long submits = acknowledged.stream().filter(a -> a.step().equals("submit")).count();
    findings.figure("SIGKILL after " + acknowledged.size() + " acknowledged steps (" + submits + " submits, "
        + (acknowledged.size() - submits) + " approvals) by " + WORKERS + " concurrent clients; " + inFlightAtKill.get()
        + " requests were in flight (no answer)");
    findings.check("no step refused or failed before the kill", refused.isEmpty(), refused.isEmpty() ? "none" : String.join("; ", refused));
    double restart = server.start("crash-restart.log");
    findings.figure(String.format("restart on the same database: ready in %.1f s, %.1f s after the kill", restart,
        Duration.between(killedAt, Instant.now()).toMillis() / 1000.0));
    try (Connection db = DriverManager.getConnection(pg.url(database), "postgres", "postgres")) {
      checkAcknowledged(db, acknowledged);
      checkNoHalfSigned(db);
      checkTimersResume(db, armed.body().split(","), setup);
      finishAfterRestart(db, items);
    }
    return findings;
  }

  private void stream(Queue<String[]> work) {
    HttpDriver http = new HttpDriver();
    String[] next;
    while ((next = work.poll()) != null) {
      String staff = next[0];
      String director = next[1];
      String report = next[2];
      try {
        require(http.post("/chaos/fill?staff=" + staff + "&report=" + report).ok(), "fill " + report);
        step(http, "submit", "/chaos/submit?staff=" + staff + "&report=" + report, staff, report);
        step(http, "approve", "/chaos/approve?director=" + director + "&report=" + report, director, report);
      } catch (IOException e) {
        inFlightAtKill.incrementAndGet(); // the server died under this request: no answer, nothing promised
        return;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        refused.add(e.getMessage());
      }
    }
  }

  private void step(HttpDriver http, String step, String path, String actor, String report) throws IOException, InterruptedException {
    HttpDriver.Answer a = http.post(path);
    require(a.ok(), step + " " + report + ": " + a);
    acks.add(new Ack(step, actor, Long.parseLong(report)));
  }

  /**
   * The clients redo every step (as a person whose page went blank would): each answer is either
   * done (200) or "already handled" (409), never an error, and every report of the run reaches the
   * officer with its signatures in agreement.
   */
  private void finishAfterRestart(Connection db, List<String[]> items) throws Exception {
    Queue<String[]> again = new ConcurrentLinkedQueue<>(items);
    Queue<String> unexpected = new ConcurrentLinkedQueue<>();
    ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
    for (int w = 0; w < WORKERS; w++) {
      pool.submit(() -> {
        HttpDriver http = new HttpDriver();
        String[] next;
        while ((next = again.poll()) != null) {
          String report = next[2];
          for (String path : List.of("/chaos/fill?staff=" + next[0], "/chaos/submit?staff=" + next[0], "/chaos/approve?director=" + next[1])) {
            try {
              HttpDriver.Answer a = http.post(path + "&report=" + report);
              if (a.status() != 200 && a.status() != 409) {
                unexpected.add(path + " " + report + " answered " + a.status());
              }
            } catch (IOException | InterruptedException e) {
              unexpected.add(path + " " + report + ": " + e);
            }
          }
        }
        return null;
      });
    }
    pool.shutdown();
    pool.awaitTermination(300, TimeUnit.SECONDS);
    int atOfficer = count(db, "select count(*) from report r join person p on p.id = r.staff_id join reporting_round rr on rr.id = r.round_id "
        + "where p.username like 'crash%' and rr.number = 2 and r.status = 'WITH_OFFICER' and "
        + "(select count(*) from signature s where s.report_id = r.id and s.step = 'DIRECTOR') = 1 and "
        + "(select count(*) from signature s where s.report_id = r.id and s.step = 'STAFF') = 1 and "
        + "(select count(*) from act_ru_task t where t.proc_inst_id_ = r.processinstanceid and t.task_def_key_ = 'officerReview') = 1");
    findings.check("after the restart the clients redo every step: each answer is done (200) or already handled (409), and all reports reach the officer",
        unexpected.isEmpty() && atOfficer == items.size(), atOfficer + " of " + items.size() + " at the officer with one staff and one director signature; "
        + (unexpected.isEmpty() ? "no other answer" : String.join("; ", unexpected)));
  }

  private void checkAcknowledged(Connection db, List<Ack> acknowledged) throws SQLException {
    List<String> missing = new ArrayList<>();
    String sql = "select r.status, r.submissioncount, r.version, "
        + "(select count(*) from signature s where s.report_id = r.id and s.step = 'STAFF'), "
        + "(select count(*) from signature s where s.report_id = r.id and s.step = 'DIRECTOR' and s.decision = 'APPROVE'), "
        + "(select string_agg(t.task_def_key_, ',') from act_ru_task t where t.proc_inst_id_ = r.processinstanceid) "
        + "from report r where r.id = ?";
    try (PreparedStatement ps = db.prepareStatement(sql)) {
      for (Ack ack : acknowledged) {
        ps.setLong(1, ack.report());
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          String status = rs.getString(1);
          String task = rs.getString(6);
          boolean ok = ack.step().equals("submit")
              ? List.of("WITH_DIRECTOR", "WITH_OFFICER", "SIGNED").contains(status) && rs.getInt(2) >= 1 && rs.getLong(3) > 0 && rs.getInt(4) >= 1
              : status.equals("WITH_OFFICER") && rs.getInt(5) == 1 && "officerReview".equals(task);
          if (!ok) {
            missing.add(ack + " found " + status + " submissions=" + rs.getInt(2) + " staffSig=" + rs.getInt(4) + " directorSig=" + rs.getInt(5) + " task=" + task);
          }
        }
      }
    }
    findings.check("every acknowledged submit is stored: status WITH_DIRECTOR or later, a submission, a version, the staff signature",
        missing.stream().noneMatch(m -> m.contains("step=submit")), count(acknowledged, "submit") + " checked; " + only(missing, "submit"));
    findings.check("every acknowledged approval is stored: the director's signature and the task at the officer",
        missing.stream().noneMatch(m -> m.contains("step=approve")), count(acknowledged, "approve") + " checked; " + only(missing, "approve"));
  }

  /** Every report of the run, acknowledged or not: its status, signatures and open task agree. */
  private void checkNoHalfSigned(Connection db) throws SQLException {
    String sql = "select r.id, r.status, r.submissioncount, "
        + "(select count(*) from signature s where s.report_id = r.id and s.step = 'STAFF'), "
        + "(select count(*) from signature s where s.report_id = r.id and s.step = 'DIRECTOR'), "
        + "(select count(*) from signature s where s.report_id = r.id and s.step = 'OFFICER'), "
        + "(select string_agg(t.task_def_key_, ',') from act_ru_task t where t.proc_inst_id_ = r.processinstanceid) "
        + "from report r join person p on p.id = r.staff_id join reporting_round rr on rr.id = r.round_id "
        + "where p.username like 'crash%' and rr.number = 2";
    List<String> bad = new ArrayList<>();
    int reports = 0;
    try (ResultSet rs = db.createStatement().executeQuery(sql)) {
      while (rs.next()) {
        reports++;
        String status = rs.getString(2);
        int submissions = rs.getInt(3);
        int staff = rs.getInt(4);
        int director = rs.getInt(5);
        int officer = rs.getInt(6);
        String task = rs.getString(7);
        boolean consistent = officer == 0 && staff == submissions && switch (status) {
          case "DRAFT" -> submissions == 0 && director == 0 && "fillReport".equals(task);
          case "WITH_DIRECTOR" -> submissions == 1 && director == 0 && "directorReview".equals(task);
          case "WITH_OFFICER" -> submissions == 1 && director == 1 && "officerReview".equals(task);
          default -> false;
        };
        if (!consistent) {
          bad.add("report " + rs.getLong(1) + " " + status + " submissions=" + submissions + " signatures staff/director/officer="
              + staff + "/" + director + "/" + officer + " task=" + task);
        }
      }
    }
    findings.check("no report half-signed: status, signatures and the open task agree on every report of the run",
        bad.isEmpty() && reports == OFFICES.length * STAFF_PER_OFFICE, reports + " reports; " + (bad.isEmpty() ? "all consistent" : String.join("; ", bad)));
  }

  private static final String ROUND3_REPORTS = "select count(*) from report r join person p on p.id = r.staff_id "
      + "join reporting_round rr on rr.id = r.round_id where p.username like '" + OFFICES[0] + ".%' and rr.number = 3";

  private void checkTimersResume(Connection db, String[] armedJobs, HttpDriver http) throws SQLException {
    try (ResultSet rs = db.createStatement().executeQuery("select count(*) from act_ru_job where lock_exp_time_ > now()")) {
      rs.next();
      findings.figure(rs.getInt(1) + " jobs still locked by the killed server at restart (they wait out their lock, 5 min by default)");
    }
    Instant t0 = Instant.now();
    String inList = "'" + String.join("','", armedJobs) + "'";
    boolean ran;
    try {
      // the engine keeps audit history (no job log): a timer has run when its job is gone and its report is open
      Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).until(() ->
          count(db, "select count(*) from act_ru_job where id_ in (" + inList + ")") == 0 && count(db, ROUND3_REPORTS) == armedJobs.length);
      ran = true;
    } catch (ConditionTimeoutException e) {
      ran = false;
    }
    int opened = count(db, ROUND3_REPORTS);
    findings.check("timers due while the server was down run after the restart: the round-3 opening of " + OFFICES[0] + " opened its reports",
        ran && opened == armedJobs.length, armedJobs.length + " timers, due 4 s after the kill; " + opened + " round-3 reports "
        + (ran ? String.format("within %.0f s of readiness", Duration.between(t0, Instant.now()).toMillis() / 1000.0) : "(not all ran within 120 s)"));
    String overdue = "select count(*) from act_ru_job where type_ = 'timer' and duedate_ < now() - interval '30 seconds' and retries_ > 0 "
        + "and suspension_state_ = 1 and (lock_exp_time_ is null or lock_exp_time_ < now())";
    boolean drained;
    try {
      Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> count(db, overdue) == 0);
      drained = true;
    } catch (ConditionTimeoutException e) {
      drained = false;
    }
    findings.check("no due timer left waiting (unlocked timers due over 30 s ago)", drained, count(db, overdue) + " left");
  }

  private long reportOf(HttpDriver http, String staff, int round) {
    long[] id = new long[1];
    Awaitility.await("the round-" + round + " report of " + staff).atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
        .until(() -> {
          HttpDriver.Answer a = http.get("/chaos/report?staff=" + staff + "&round=" + round);
          if (a.ok()) {
            id[0] = Long.parseLong(a.body());
          }
          return a.ok();
        });
    return id[0];
  }

  private static int count(Connection db, String sql) throws SQLException {
    try (ResultSet rs = db.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static long count(List<Ack> acks, String step) {
    return acks.stream().filter(a -> a.step().equals(step)).count();
  }

  private static String only(List<String> missing, String step) {
    List<String> mine = missing.stream().filter(m -> m.contains("step=" + step)).toList();
    return mine.isEmpty() ? "none missing" : "missing: " + String.join("; ", mine);
  }

  private static void require(boolean ok, String what) {
    if (!ok) {
      throw new IllegalStateException("unexpected answer: " + what);
    }
  }
}
