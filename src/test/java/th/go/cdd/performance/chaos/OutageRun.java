package th.go.cdd.performance.chaos;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import th.go.cdd.performance.testing.JsfClient;

/**
 * PostgreSQL stopped (fast shutdown: connections cut) for at least {@value #DOWN_SECONDS} s, until both
 * clients have felt it, and started again
 * while clients keep working: a signed-in group director reloading the inbox page, and a staff member
 * saving KPI results through the services. While it is down each request must fail with the
 * "database unavailable" message in Thai and in English (HTTP 503, no stack trace); once it is back
 * the same server must answer again by itself (the pool validates its connections).
 */
final class OutageRun {
  static final String OFFICE = "outage1";
  static final int DOWN_SECONDS = Integer.getInteger("chaos.downSeconds", 20);
  static final int RECOVERY_LIMIT_SECONDS = 60;

  /** One request; {@code failure} the first line of an error page's exception, so that a run's evidence names it. */
  record Sample(String client, Instant at, Instant answered, int status, boolean clear, boolean trace, String failure) {
    boolean ok() {
      return status == 200;
    }
  }

  private final Path target;
  private final PayaraServer server;
  private final ThrowawayPostgres pg;
  private final Findings findings = new Findings();
  private static final String SIGN_IN = "sign in";
  /**
   * A stack trace's frame or its header (a qualified exception class and a colon); the name of an exception alone is
   * not one (PrimeFaces' settings in every page name ViewExpiredException as an error page's key).
   */
  static final java.util.regex.Pattern STACK_TRACE = java.util.regex.Pattern.compile("\tat |[\\w$]+\\.[\\w$.]*(Exception|Error): ");
  private final Queue<Sample> samples = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final String thai = ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag("th")).getString("unavailable.database");
  private final String english = ResourceBundle.getBundle("i18n.messages", Locale.ENGLISH).getString("unavailable.database");

  OutageRun(PayaraServer server, ThrowawayPostgres pg, Path target) {
    this.target = target;
    this.server = server;
    this.pg = pg;
  }

  Findings run() throws Exception {
    JsfClient setup = PayaraServer.browser();
    JsfClient.Answer staff = setup.post("/chaos/office?prefix=" + OFFICE + "&province=50&staff=1");
    String staffName = staff.body();
    String report = awaitReport(setup, staffName);
    JsfClient director = PayaraServer.browser();
    director.loggedIn(OFFICE + ".director", "demo1234");
    JsfClient writer = PayaraServer.browser();
    ExecutorService clients = Executors.newFixedThreadPool(3);
    clients.submit(() -> loop("inbox page", () -> director.get("/app/inbox.xhtml")));
    clients.submit(() -> loop("save KPI results", () -> writer.post("/chaos/fill?staff=" + staffName + "&report=" + report)));
    // a fresh browser signing in: during the outage "service unavailable", never "invalid password", and nothing
    // counted against the account (it signs in again afterwards)
    clients.submit(() -> loop(SIGN_IN, () -> PayaraServer.browser().signIn(staffName, "demo1234")));
    Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> samples.stream().filter(Sample::ok).count() >= 6);
    Instant down = Instant.now();
    pg.stop();
    // down for at least DOWN_SECONDS, and until each client has had an answer during the outage
    // (a failing request takes ~10 s on a busy machine): then the checks below judge a felt outage
    try {
      Awaitility.await().pollDelay(Duration.ofSeconds(DOWN_SECONDS)).atMost(Duration.ofSeconds(DOWN_SECONDS + 90L))
          .until(() -> failedSince(down, "inbox page") && failedSince(down, "save KPI results") && failedSince(down, SIGN_IN));
    } catch (ConditionTimeoutException e) {
      // not felt by both: the check "requests fail while PostgreSQL is down" reports it
    }
    pg.start();
    Instant up = Instant.now();
    boolean recovered;
    try {
      Awaitility.await().atMost(Duration.ofSeconds(RECOVERY_LIMIT_SECONDS)).pollInterval(Duration.ofMillis(200))
          .until(() -> stable("inbox page", up) && stable("save KPI results", up) && stable(SIGN_IN, up));
      recovered = true;
    } catch (ConditionTimeoutException e) {
      recovered = false;
    }
    running.set(false);
    clients.shutdown();
    clients.awaitTermination(90, TimeUnit.SECONDS);
    List<Sample> all = new ArrayList<>(samples);
    // answered once the database was going down; an earlier failure is not the outage's and is reported apart
    List<Sample> failed = all.stream().filter(s -> !s.ok() && !s.answered().isBefore(down)).toList();
    List<Sample> before = all.stream().filter(s -> !s.ok() && s.answered().isBefore(down)).toList();
    if (!before.isEmpty()) {
      findings.figure(before.size() + " request(s) failed before the outage, not counted in it: "
          + before.stream().map(s -> s.client() + " " + s.status()).toList());
    }
    writeSamples(all, down, up);
    List<Sample> unclear = failed.stream().filter(s -> s.status() != 503 || !s.clear() || s.trace()).toList();
    findings.figure(String.format("PostgreSQL down %.1f s (fast shutdown, then start); %d requests in all, %d failed during the outage "
        + "(%d inbox pages, %d KPI saves, %d sign-ins)", Duration.between(down, up).toMillis() / 1000.0, all.size(), failed.size(),
        failed.stream().filter(s -> s.client().equals("inbox page")).count(), failed.stream().filter(s -> s.client().equals("save KPI results")).count(),
        failed.stream().filter(s -> s.client().equals(SIGN_IN)).count()));
    failed.stream().mapToDouble(s -> seconds(s.at(), s.answered())).max().ifPresent(m -> findings.figure(String.format(
        "a failing request is answered after at most %.1f s (EclipseLink retries a read on a lost connection, 5 s apart by default, "
        + "so a shorter blip is not seen at all)", m)));
    for (String client : List.of("inbox page", "save KPI results", SIGN_IN)) {
      all.stream().filter(s -> s.client().equals(client) && s.ok() && s.at().isAfter(up)).findFirst().ifPresent(s -> findings.figure(String.format(
          "%s: first success %.1f s after PostgreSQL was back", client, Duration.between(up, s.at()).toMillis() / 1000.0)));
    }
    findings.check("requests fail while PostgreSQL is down (the outage was felt)", !failed.isEmpty(), failed.size() + " failed");
    findings.check("each failure is HTTP 503 with the message in Thai and English and no stack trace", !failed.isEmpty() && unclear.isEmpty(),
        unclear.isEmpty() ? "all " + failed.size() + " clear" : unclear.size() + " unclear, e.g. " + unclear.get(0));
    findings.check("a sign-in during the outage is answered 503 (service unavailable), not as a wrong password",
        failed.stream().anyMatch(s -> s.client().equals(SIGN_IN)) && failed.stream().filter(s -> s.client().equals(SIGN_IN)).allMatch(s -> s.status() == 503),
        failed.stream().filter(s -> s.client().equals(SIGN_IN)).map(s -> String.valueOf(s.status())).toList().toString());
    findings.check("the same server answers again by itself within " + RECOVERY_LIMIT_SECONDS + " s (5 successes in a row per client), no restart",
        recovered && server.alive(), recovered ? "recovered" : "not recovered");
    return findings;
  }

  private interface Call {
    JsfClient.Answer call() throws IOException, InterruptedException;
  }

  private void loop(String client, Call call) {
    while (running.get()) {
      Instant at = Instant.now();
      try {
        JsfClient.Answer a = call.call();
        boolean clear = a.body().contains(thai) && a.body().contains(english);
        boolean trace = STACK_TRACE.matcher(a.body()).find();
        // a sign-in's redirect into the application is its success
        samples.add(new Sample(client, at, Instant.now(), a.signedIn() ? 200 : a.statusCode(), clear, trace, trace ? exceptionLine(a.body()) : ""));
      } catch (IOException e) {
        samples.add(new Sample(client, at, Instant.now(), -1, false, false, String.valueOf(e))); // no answer at all
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /**
   * The first and the last line of an error page that name an exception (the wrapper and the root
   * cause), tags removed, at most 300 characters each.
   */
  static String exceptionLine(String body) {
    List<String> lines = java.util.Arrays.stream(body.replaceAll("<[^>]*>", "\n").split("\n")).map(String::strip)
        .filter(l -> STACK_TRACE.matcher(l).find() || l.contains("Exception")).map(l -> l.substring(0, Math.min(300, l.length()))).toList();
    if (lines.isEmpty()) {
      return "";
    }
    return lines.size() == 1 ? lines.get(0) : lines.get(0) + " ... " + lines.get(lines.size() - 1);
  }

  /** Every request of the run, in seconds from the moment PostgreSQL was stopped, for reading the timeline. */
  private void writeSamples(List<Sample> all, Instant down, Instant up) throws IOException {
    StringBuilder csv = new StringBuilder("client,sent_s,answered_s,status,clear,stack_trace\n");
    for (Sample s : all) {
      csv.append(String.format(Locale.ROOT, "%s,%.2f,%.2f,%d,%b,%b%n", s.client(), seconds(down, s.at()), seconds(down, s.answered()),
          s.status(), s.clear(), s.trace()));
    }
    csv.append(String.format(Locale.ROOT, "# PostgreSQL stopped at 0, started again at %.2f%n", seconds(down, up)));
    Files.writeString(target.resolve("outage-samples.csv"), csv);
  }

  private static double seconds(Instant from, Instant to) {
    return Duration.between(from, to).toMillis() / 1000.0;
  }

  private boolean failedSince(Instant down, String client) {
    return samples.stream().anyMatch(x -> x.client().equals(client) && !x.ok() && !x.answered().isBefore(down));
  }

  private boolean stable(String client, Instant after) {
    List<Sample> mine = samples.stream().filter(s -> s.client().equals(client) && s.at().isAfter(after)).toList();
    return mine.size() >= 5 && mine.subList(mine.size() - 5, mine.size()).stream().allMatch(Sample::ok);
  }

  private static String awaitReport(JsfClient http, String staff) {
    String[] id = new String[1];
    Awaitility.await("the round-2 report of " + staff).atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() -> {
      JsfClient.Answer a = http.get("/chaos/report?staff=" + staff + "&round=2");
      id[0] = a.body();
      return a.ok();
    });
    return id[0];
  }
}
