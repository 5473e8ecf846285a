package th.go.cdd.performance.chaos;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import th.go.cdd.performance.testing.JsfClient;

/**
 * SIGKILL in the middle of a stream of submits and approvals, then a restart on the same database.
 * Workers take staff members one by one: fill the report (acknowledged, with the figures saved),
 * submit it (acknowledged), and the group director approves it (acknowledged). Once
 * {@value #KILL_AFTER} submits and approvals are acknowledged, the round-opening timers of one
 * office and the reminder and first-escalation timers of its round-2 reports are moved to fall due a
 * few seconds later (during the downtime) and the server is killed while requests are in flight.
 * After the restart the database must hold every acknowledged step (the KPI figures of a fill, the
 * signature and the task of a submit or approval), no report may be half-signed, and the timers must
 * have run: the round-3 reports opened, each reminder decided and its path carried on.
 */
final class CrashRun {
  static final String[] OFFICES = {"crash1", "crash2", "crash3"};
  static final int STAFF_PER_OFFICE = 8;
  static final int WORKERS = 4;
  static final int KILL_AFTER = Integer.getInteger("chaos.killAfter", 24);

  /** An answered step; {@code figures} are the KPI 1-6 figures a fill saved (null for the other steps). */
  record Ack(String step, String actor, long report, String figures) {}

  /** A reminder timer moved to fall due during the downtime, of the instance of this report. */
  record ArmedReminder(String timer, long report, String job) {}

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
    JsfClient setup = PayaraServer.browser();
    Queue<String[]> work = new ConcurrentLinkedQueue<>();
    for (int o = 0; o < OFFICES.length; o++) {
      JsfClient.Answer staff = setup.post("/chaos/office?prefix=" + OFFICES[o] + "&province=" + (o % 2 == 0 ? "50" : "40")
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
    Awaitility.await("acknowledged submits and approvals before the kill").atMost(Duration.ofSeconds(180))
        .until(() -> acks.stream().filter(a -> !a.step().equals("fill")).count() >= KILL_AFTER);
    JsfClient.Answer armed = setup.post("/chaos/arm-timers?prefix=" + OFFICES[0] + "&seconds=4");
    require(armed.ok() && !armed.body().isEmpty(), "arming the round-opening timers: " + armed);
    JsfClient.Answer reminders = setup.post("/chaos/arm-reminders?prefix=" + OFFICES[0] + "&round=2&seconds=4");
    require(reminders.ok() && !reminders.body().isEmpty(), "arming the reminder timers: " + reminders);
    Instant killedAt = Instant.now();
    server.kill();
    pool.shutdown();
    pool.awaitTermination(90, TimeUnit.SECONDS);
    List<ArmedReminder> armedReminders = new ArrayList<>();
    for (String r : reminders.body().split(",")) {
      String[] part = r.split(":");
      armedReminders.add(new ArmedReminder(part[0], Long.parseLong(part[1]), part[2]));
    }
    int remindersWaitingAtKill;
    try (Connection db = DriverManager.getConnection(pg.url(database), "postgres", "postgres")) {
      remindersWaitingAtKill = count(db, "select count(*) from act_ru_job where id_ in (" + jobList(armedReminders) + ")");
    }
    List<Ack> acknowledged = new ArrayList<>(acks);
    findings.figure("SIGKILL after " + count(acknowledged, "fill") + " acknowledged fills, " + count(acknowledged, "submit") + " submits and "
        + count(acknowledged, "approve") + " approvals by " + WORKERS + " concurrent clients; " + inFlightAtKill.get()
        + " requests were in flight (no answer)");
    findings.check("no step refused or failed before the kill", refused.isEmpty(), refused.isEmpty() ? "none" : String.join("; ", refused));
    double restart = server.start("crash-restart.log");
    findings.figure(String.format("restart on the same database: ready in %.1f s, %.1f s after the kill", restart,
        Duration.between(killedAt, Instant.now()).toMillis() / 1000.0));
    try (Connection db = DriverManager.getConnection(pg.url(database), "postgres", "postgres")) {
      checkAcknowledged(db, acknowledged);
      checkFills(db, acknowledged);
      checkNoHalfSigned(db);
      checkTimersResume(db, armed.body().split(","), setup);
      checkRemindersRan(db, armedReminders, remindersWaitingAtKill);
      finishAfterRestart(db, items);
    }
    return findings;
  }

  private void stream(Queue<String[]> work) {
    JsfClient http = PayaraServer.browser();
    String[] next;
    while ((next = work.poll()) != null) {
      String staff = next[0];
      String director = next[1];
      String report = next[2];
      try {
        String figures = figures(Long.parseLong(report));
        step(http, "fill", "/chaos/fill?staff=" + staff + "&report=" + report + "&figures=" + figures, staff, report, figures);
        step(http, "submit", "/chaos/submit?staff=" + staff + "&report=" + report, staff, report, null);
        step(http, "approve", "/chaos/approve?director=" + director + "&report=" + report, director, report, null);
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

  private void step(JsfClient http, String step, String path, String actor, String report, String figures)
      throws IOException, InterruptedException {
    JsfClient.Answer a = http.post(path);
    require(a.ok(), step + " " + report + ": " + a);
    acks.add(new Ack(step, actor, Long.parseLong(report), figures));
  }

  /** The KPI 1-6 figures a client enters for a report: valid for each KPI's kind, and not the same on every report. */
  static String figures(long report) {
    int k = (int) (report % 5);
    return (1 + k) + "," + (30 + 6 * k) + "," + (15 + 7 * k) + "," + (6 + 2 * k) + "," + (5 - k) + "," + (1 + 3 * k);
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
        JsfClient http = PayaraServer.browser();
        String[] next;
        while ((next = again.poll()) != null) {
          String report = next[2];
          for (String path : List.of("/chaos/fill?staff=" + next[0] + "&figures=" + figures(Long.parseLong(report)),
              "/chaos/submit?staff=" + next[0], "/chaos/approve?director=" + next[1])) {
            try {
              JsfClient.Answer a = http.post(path + "&report=" + report);
              if (a.statusCode() != 200 && a.statusCode() != 409) {
                unexpected.add(path + " " + report + " answered " + a.statusCode());
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
        if (ack.step().equals("fill")) {
          continue; // checkFills
        }
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

  /**
   * Every acknowledged fill: each KPI it saved holds the figure, the base (KPI 2 only) and the one row it
   * was saved with, whether the report is still a draft or was submitted or approved since.
   */
  private void checkFills(Connection db, List<Ack> acknowledged) throws SQLException {
    List<String> missing = new ArrayList<>();
    int fills = 0;
    int submittedSince = 0;
    String sql = "select d.number, e.figure, e.base, "
        + "(select string_agg(w.result, '|' order by w.position) from kpi_entry_row w where w.kpientry_id = e.id), r.status "
        + "from report r join kpi_entry e on e.report_id = r.id join kpi_definition d on d.id = e.kpi_id "
        + "where r.id = ? and e.assigned_id is null";
    try (PreparedStatement ps = db.prepareStatement(sql)) {
      for (Ack ack : acknowledged) {
        if (!ack.step().equals("fill")) {
          continue;
        }
        fills++;
        ps.setLong(1, ack.report());
        Map<Integer, String> found = new HashMap<>();
        String status = "no report";
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            status = rs.getString(5);
            BigDecimal figure = rs.getBigDecimal(2);
            BigDecimal base = rs.getBigDecimal(3);
            found.put(rs.getInt(1), (figure == null ? "null" : figure.stripTrailingZeros().toPlainString()) + "/"
                + (base == null ? "null" : base.stripTrailingZeros().toPlainString()) + "/" + rs.getString(4));
          }
        }
        if (!List.of("DRAFT", "RETURNED", "no report").contains(status)) {
          submittedSince++;
        }
        String[] figure = ack.figures().split(",");
        List<String> wrong = new ArrayList<>();
        for (int kpi = 1; kpi <= figure.length; kpi++) {
          String expected = figure[kpi - 1] + "/" + (kpi == 2 ? String.valueOf(ChaosServlet.PERCENT_BASE) : "null") + "/"
              + ChaosServlet.rowResult(figure[kpi - 1]);
          if (!expected.equals(found.get(kpi))) {
            wrong.add("KPI " + kpi + " saved " + expected + " found " + found.get(kpi));
          }
        }
        if (!wrong.isEmpty()) {
          missing.add("report " + ack.report() + " (" + status + "): " + String.join(", ", wrong));
        }
      }
    }
    findings.check("every acknowledged fill is stored: each KPI's figure, base and row as saved, on drafts and on reports submitted since",
        missing.isEmpty(), fills + " checked (" + submittedSince + " submitted since); "
        + (missing.isEmpty() ? "none missing" : "missing: " + String.join("; ", missing)));
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

  private void checkTimersResume(Connection db, String[] armedJobs, JsfClient http) throws SQLException {
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

  /**
   * Each reminder timer armed to fall due during the downtime was still waiting at the kill, and after
   * the restart it fired: its job is gone, its service task (reminder or escalation) ended in the
   * history, and what it decided was carried out: messages in the outbox (QUEUED), the path waiting
   * again on its next timer (TOO_EARLY, or QUEUED for an escalation), or nothing more to send because
   * the report is no longer open or (a reminder) already late (CLOSED).
   */
  private void checkRemindersRan(Connection db, List<ArmedReminder> armed, int waitingAtKill) throws SQLException {
    String jobs = jobList(armed);
    String reports = String.join(",", armed.stream().map(a -> String.valueOf(a.report())).toList());
    String fired = "select count(*) from act_hi_actinst a join report r on r.processinstanceid = a.proc_inst_id_ "
        + "where r.id in (" + reports + ") and a.act_id_ in ('sendReminder', 'sendEscalation') and a.end_time_ is not null";
    Instant t0 = Instant.now();
    boolean ran;
    try {
      Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).until(() ->
          count(db, "select count(*) from act_ru_job where id_ in (" + jobs + ")") == 0 && count(db, fired) >= armed.size());
      ran = true;
    } catch (ConditionTimeoutException e) {
      ran = false;
    }
    String sql = "select r.status, r.duedate < (now() at time zone 'Asia/Bangkok')::date, "
        + "(select coalesce(max(j.exception_msg_), 'waiting') from act_ru_job j where j.id_ = ?), "
        + "(select count(*) from act_hi_actinst a where a.proc_inst_id_ = r.processinstanceid and a.act_id_ = ? and a.end_time_ is not null), "
        + "(select v.text_ from act_hi_varinst v where v.proc_inst_id_ = r.processinstanceid and v.name_ = ? order by v.create_time_ desc limit 1), "
        + "(select count(*) from act_ru_job j join act_ru_jobdef d on d.id_ = j.job_def_id_ "
        + "where j.process_instance_id_ = r.processinstanceid and d.act_id_ = ?), "
        + "(select count(*) from reminder_message m where m.report_id = r.id and m.kind = ?), "
        + "(select count(*) from act_ru_job j where j.id_ = ?) "
        + "from report r where r.id = ?";
    List<String> bad = new ArrayList<>();
    Map<String, Integer> outcomes = new TreeMap<>();
    try (PreparedStatement ps = db.prepareStatement(sql)) {
      for (ArmedReminder a : armed) {
        boolean reminder = a.timer().equals("reminderDue");
        String service = reminder ? "sendReminder" : "sendEscalation";
        String variable = reminder ? "reminder" : "escalation";
        String next = reminder ? "reminderRearmed" : "nextEscalation";
        ps.setString(1, a.job());
        ps.setString(2, service);
        ps.setString(3, variable);
        ps.setString(4, next);
        ps.setString(5, reminder ? "BEFORE_DUE" : "ESCALATION");
        ps.setString(6, a.job());
        ps.setLong(7, a.report());
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            bad.add(a + ": no report");
            continue;
          }
          String status = rs.getString(1);
          boolean open = List.of("DRAFT", "RETURNED", "WITH_DIRECTOR", "WITH_OFFICER").contains(status);
          boolean late = rs.getBoolean(2);
          String outcome = rs.getString(5);
          int waitingAgain = rs.getInt(6);
          int messages = rs.getInt(7);
          outcomes.merge(a.timer() + " " + outcome, 1, Integer::sum);
          boolean carriedOut = outcome != null && switch (outcome) {
            case "QUEUED" -> messages > 0 && (reminder || waitingAgain == 1);
            case "TOO_EARLY" -> waitingAgain == 1;
            case "CLOSED" -> !open || (reminder && late);
            default -> false;
          };
          if (rs.getInt(8) > 0 || rs.getInt(4) == 0 || !carriedOut) {
            bad.add(a.timer() + " of report " + a.report() + " (" + status + (late ? ", late" : "") + "): job "
                + (rs.getInt(8) > 0 ? "still there (" + rs.getString(3) + ")" : "gone") + ", " + service + " ended " + rs.getInt(4)
                + "x, outcome " + outcome + ", " + next + " waiting " + waitingAgain + ", outbox " + messages);
          }
        }
      }
    }
    boolean bothKinds = armed.stream().map(ArmedReminder::timer).distinct().count() == ChaosServlet.REMINDER_TIMERS.length;
    findings.check("reminder timers due while the server was down run after the restart: each fired, decided, and its decision was carried out",
        bothKinds && waitingAtKill == armed.size() && ran && bad.isEmpty(),
        armed.size() + " timers of " + OFFICES[0] + "'s round-2 reports, due 4 s after the kill, " + waitingAtKill + " still waiting at the kill; "
        + (ran ? String.format("all fired (waited %.0f s more); ", Duration.between(t0, Instant.now()).toMillis() / 1000.0)
            : "not all fired within 120 s; ")
        + outcomes + (bad.isEmpty() ? "" : "; " + String.join("; ", bad)));
  }

  private static String jobList(List<ArmedReminder> armed) {
    return "'" + String.join("','", armed.stream().map(ArmedReminder::job).toList()) + "'";
  }

  private long reportOf(JsfClient http, String staff, int round) {
    long[] id = new long[1];
    Awaitility.await("the round-" + round + " report of " + staff).atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
        .until(() -> {
          JsfClient.Answer a = http.get("/chaos/report?staff=" + staff + "&round=" + round);
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
