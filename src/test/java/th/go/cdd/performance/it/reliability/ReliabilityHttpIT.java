package th.go.cdd.performance.it.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import th.go.cdd.performance.it.Deployments;
import th.go.cdd.performance.testing.JsfClient;

/**
 * The reliability suite over HTTP, as a browser or a curious user would send it: the access sweep
 * over every page and download with another province's ids, escaping of stored markup, no 5xx on
 * malformed ids, forged or missing JSF view state, session ids in URLs, and logout.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReliabilityHttpIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.productWithFixture(ReliabilityHttpIT.class);
  }

  @ArquillianResource private URL base;
  /**
   * Whether the page last opened by {@link #submit} showed the form it then posted. A form the page
   * left out (rendered false) is still decoded by Faces when posted, so its actions run: what refuses
   * is the service behind them.
   */
  private final Map<String, Boolean> formShown = new HashMap<>();

  // ------------------------------------------------------------------ forced password change

  /**
   * Signed in with a one-time password, every page but the password page redirects there, also when
   * the path dresses itself as a Faces resource: the filter reads the container's normalised path,
   * not the raw URI.
   */
  @Test
  void aOneTimePasswordsForcedChangeCannotBeSkippedByAPathThroughTheResourceFolder() throws Exception {
    Map<String, String> u = keyValues(anonymous().get("it-reliability?op=otp&prefix=" + prefix()));
    JsfClient http = login(u.get("user"), u.get("otp"), new CookieManager(null, CookiePolicy.ACCEPT_ALL));
    for (String path : List.of("app/inbox.xhtml", "app/jakarta.faces.resource/../inbox.xhtml", "app/jakarta.faces.resource/..%2Finbox.xhtml",
        "app/./jakarta.faces.resource/../inbox.xhtml")) {
      JsfClient.Answer r = http.get(path);
      assertThat(r.body()).as(path + ": no inbox").doesNotContain("id=\"inbox");
      assertThat(r.statusCode()).as(path + ": sent to the password page, or refused").isIn(302, 400, 404);
      if (r.statusCode() == 302) {
        assertThat(r.headers().firstValue("Location").orElse("")).as(path).endsWith("/app/password.xhtml");
      }
    }
    assertThat(http.get("app/password.xhtml").statusCode()).as("the password page itself").isEqualTo(200);
  }

  /**
   * Two browsers signed in as one director; the password changes elsewhere: both sessions end at their next
   * request (the change time is read on every request, cdd.session.credentialsCheckSeconds 0) and a
   * sign-in with the new password lasts. A session signed in longer than a working day ends however
   * active it is (cdd.session.maxHours).
   */
  @Test
  void aPasswordChangeEndsThePersonsOtherSessionsAndNoSessionOutlivesAWorkingDay() throws Exception {
    String director = keyValues(anonymous().get("it-reliability?op=otp&prefix=" + prefix())).get("director");
    JsfClient first = login(director);
    JsfClient second = login(director);
    assertThat(first.get("app/inbox.xhtml").statusCode()).isEqualTo(200);
    assertThat(second.get("app/inbox.xhtml").statusCode()).isEqualTo(200);
    assertThat(anonymous().get("it-reliability?op=changePassword&user=" + enc(director) + "&to=" + enc("a good new one"))
        .statusCode()).isEqualTo(200);
    for (JsfClient browser : List.of(first, second)) {
      await().atMost(Duration.ofSeconds(20)).until(() -> {
        JsfClient.Answer r = browser.get("app/inbox.xhtml");
        return r.statusCode() == 302 && r.headers().firstValue("Location").orElse("").endsWith("/login.xhtml");
      });
      assertThat(browser.get("app/inbox.xhtml").statusCode()).as("signed out for good").isEqualTo(302);
    }
    JsfClient again = login(director, "a good new one", new CookieManager(null, CookiePolicy.ACCEPT_ALL));
    assertThat(again.get("app/inbox.xhtml").statusCode()).isEqualTo(200);
    await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> again.get("app/inbox.xhtml").statusCode() == 200);

    again.get("it-reliability?op=ageSession");
    JsfClient.Answer old = again.get("app/inbox.xhtml");
    assertThat(old.statusCode()).as("eleven hours after the sign-in").isEqualTo(302);
    assertThat(old.headers().firstValue("Location").orElse("")).endsWith("/login.xhtml");
  }

  /**
   * An administrator closes a director's account: the director's open session ends (the closure is
   * read with the password's change time), the right password is answered "this account is closed"
   * and a wrong one the usual "invalid username or password", so a stranger learns nothing.
   */
  @Test
  void aClosedAccountsSessionEndsAndItsRightPasswordIsToldTheAccountIsClosed() throws Exception {
    String director = keyValues(anonymous().get("it-reliability?op=otp&prefix=" + prefix())).get("director");
    JsfClient browser = login(director);
    assertThat(browser.get("app/inbox.xhtml").statusCode()).isEqualTo(200);

    assertThat(anonymous().get("it-reliability?op=close&user=" + enc(director)).statusCode()).isEqualTo(200);

    await().atMost(Duration.ofSeconds(20)).until(() -> {
      JsfClient.Answer r = browser.get("app/inbox.xhtml");
      return r.statusCode() == 302 && r.headers().firstValue("Location").orElse("").endsWith("/login.xhtml");
    });
    JsfClient.Answer right = loginAttempt(director, th.go.cdd.performance.it.ItFixture.PASSWORD);
    assertThat(right.statusCode()).as("no session for a closed account").isEqualTo(200);
    assertThat(right.body()).contains("บัญชีนี้ถูกปิดแล้ว").doesNotContain("ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง");
    JsfClient.Answer wrong = loginAttempt(director, "not the password");
    assertThat(wrong.body()).contains("ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง").doesNotContain("บัญชีนี้ถูกปิดแล้ว");
  }

  /** One sign-in from a fresh browser; the answer as it comes (a redirect when it succeeds). */
  private JsfClient.Answer loginAttempt(String username, String password) throws Exception {
    return browser().build().signIn(username, password);
  }

  /** 400, 403 and 405 get the application's error page in the user's language, as 404 and 500 do, not the server's own. */
  @Test
  void badRequestForbiddenAndMethodNotAllowedGetTheApplicationsErrorPage() throws Exception {
    Map<String, String> u = keyValues(anonymous().get("it-reliability?op=otp&prefix=" + prefix()));
    JsfClient director = login(u.get("director"));
    String title = bundle("th").getProperty("error.title");
    JsfClient.Answer badRequest = anonymous().get("login.xhtml;jsessionid=0123456789");
    JsfClient.Answer notAllowed = director.send(director.request("app/evidence/1").PUT(HttpRequest.BodyPublishers.noBody()));
    JsfClient.Answer forbidden = director.get("app/poster?program=1&round=1&province=57");
    assertThat(List.of(badRequest.statusCode(), notAllowed.statusCode(), forbidden.statusCode())).containsExactly(400, 405, 403);
    for (JsfClient.Answer r : List.of(badRequest, notAllowed, forbidden)) {
      // the server's own error page names Payara and shows a stack trace; ours names neither (the word "Exception" is
      // in PrimeFaces' settings on every page)
      assertThat(r.body()).as(r.statusCode() + "").contains(title).doesNotContain("Payara").doesNotContain("\tat ");
    }
  }

  // ------------------------------------------------------------------ liveness

  /**
   * A request that does not end (here a fixture holding its thread, in production a thread waiting on a
   * lock nobody releases) turns /health/live DOWN once it has been busy longer than the bound (5 s in
   * these tests' server, cdd.liveness.maxBusySeconds), names it, and shows in the metrics; once it
   * ends the server is live again.
   */
  @Test
  void liveIsDownWhileARequestHasBeenBusyLongerThanTheBoundAndUpAgainOnceItEnds() throws Exception {
    JsfClient http = anonymous();
    assertThat(http.get("health/live").statusCode()).as("live before").isEqualTo(200);
    var hung = http.sendAsync(http.request("it-reliability?op=busy&seconds=60"));
    await().atMost(Duration.ofSeconds(30)).until(() -> http.get("health/live").statusCode() == 503);
    JsfClient.Answer down = http.get("health/live");
    assertThat(down.body()).contains("\"busy-threads\"").contains("DOWN").contains("GET /it-reliability");
    JsfClient.Answer metrics = http.send(http.request("metrics?scope=application")
        .header("Authorization", "Bearer it-scraper-token")); // arquillian.xml's cdd.metrics.token
    assertThat(metrics.body()).as("the stuck-thread gauge").containsPattern("cdd_threads_stuck[^\\n]* 1(\\.0)?\\n");
    http.get("it-reliability?op=release");
    assertThat(hung.get(30, java.util.concurrent.TimeUnit.SECONDS).body()).isEqualTo("released");
    await().atMost(Duration.ofSeconds(10)).until(() -> http.get("health/live").statusCode() == 200);
  }

  // ------------------------------------------------------------------ access sweep

  /**
   * A page's form filled as a browser fills it (a selection, a filter, an export button) with the
   * first province's ids; what the answer would show if it leaked; whether the victims' own officer
   * is shown the same (a nudge is not: it would queue reminders for every late report of the province).
   */
  private record FormTry(String label, String page, String form, Map<String, String> fields, Predicate<String> leak, boolean victimControl) {}

  @Test
  void everyPageAndDownloadWithTheFirstProvincesIdsIsRefusedToEveryRoleOfAnotherProvince() throws Exception {
    String prefix = prefix();
    Map<String, String> f = setup(prefix);
    String r = f.get("report");
    String round = f.get("round");
    String program = f.get("programId");
    List<String> pages = List.of(
        "app/report.xhtml?id=" + r, "app/report.xhtml?id=" + f.get("draft"), "app/admin-actions.xhtml?report=" + r,
        "app/province.xhtml?round=" + round + "&province=50", "app/overdue.xhtml?round=" + round + "&province=50",
        "app/dashboard.xhtml?round=" + round, "app/rollup.xhtml?round=" + round, "app/inbox.xhtml", "app/audit.xhtml",
        "app/bulk-sign.xhtml", "app/holidays.xhtml", "app/notifications.xhtml", "app/nudge.xhtml", "app/outbox.xhtml",
        "app/substitutes.xhtml", "app/accounts.xhtml", "app/roster.xhtml", "app/circulars.xhtml", "app/attendance.xhtml",
        "app/posters.xhtml", "app/password.xhtml", "app/assigned-kpis.xhtml?round=" + f.get("round2"),
        "app/submit.xhtml?program=" + f.get("program") + "&round=1", "app/programs.xhtml", "app/program.xhtml?id=" + program,
        "app/api-tokens.xhtml");
    List<String> downloads = List.of("app/evidence/" + f.get("evidence"), "app/summary/" + r,
        "app/summary/province?round=" + round + "&province=50", "app/summary/" + r + "?digits=thai",
        "app/poster?program=" + program + "&round=1&province=50", "app/poster?program=" + f.get("otherProgramId") + "&round=1&province=50",
        // the REST API with the same session: the report, its evidence and signatures, the province's list (ApiIT tries tokens)
        "api/v1/reports/" + r, "api/v1/reports/" + r + "/evidence", "api/v1/reports/" + r + "/signatures",
        "api/v1/reports/" + f.get("draft"), "api/v1/rounds/" + round + "/provinces/50/reports");
    // the program's circular is national: its staff, and the directors and officers of every province in the
    // program (all 76), read its files by design; only a staff member of another program is refused. Tried
    // by every attacker, counted for that one only, the others listed apart.
    String circularFile = "app/circular-file/" + f.get("circularFile");
    assertThat(listedPages()).as("the sweep covers every page of app/").allMatch(p -> pages.stream().anyMatch(u -> u.startsWith("app/" + p)));

    // what the sweep looks for: the names of the two staff members whose reports are tried (the
    // program's name holds the prefix too, and programs are national, so the prefix alone is no leak)
    List<String> victims = List.of("พนักงาน1 " + prefix, "พนักงาน2 " + prefix);
    // and, on any page, the officer's KPI 8 of round 2 and the staff member whose report is overdue
    List<String> marks = new ArrayList<>(victims);
    marks.add(f.get("kpiTitle"));
    marks.add(f.get("lateName"));
    String posterLink = "poster?program=" + program + "&amp;round=1&amp;province=50";
    Properties th = bundle("th");
    String nudged = th.getProperty("nudge.queued").split("\\{0\\}")[0].strip();
    List<FormTry> forms = List.of(
        new FormTry("attendance: program and province 50, CSV", "app/attendance.xhtml", "attendance",
            Map.of("attendance:program_input", program, "attendance:province_input", "50", "attendance:exportCsv", ""),
            body -> marks.stream().anyMatch(body::contains), true),
        new FormTry("posters: the program of 50", "app/posters.xhtml", "posters", Map.of("posters:program_input", program),
            body -> body.contains(posterLink) || body.contains(posterLink.replace("&amp;", "&")), true),
        new FormTry("nudge: province 50", "app/nudge.xhtml", "nudge", Map.of("nudge:province_input", "50", "nudge:send", "nudge:send"),
            body -> body.contains(th.getProperty("nudge.none")) || body.contains(nudged), false),
        new FormTry("audit: province 50, CSV", "app/audit.xhtml", "audit",
            Map.of("audit:province", "50", "audit:text", prefix, "audit:exportCsv", ""), body -> body.contains(f.get("kpiTitle")), true),
        // the province typed in the filter (the URL's province=50 only denies the page): the list refuses it and
        // OverdueView.export shows the reason instead of a file
        new FormTry("overdue: province 50, CSV", "app/overdue.xhtml?round=" + round, "overdue",
            Map.of("overdue:province", "50", "overdue:allRounds_input", "on", "overdue:exportCsv", ""), body -> body.contains(f.get("lateName")), true),
        new FormTry("dashboard: round of 50, CSV", "app/dashboard.xhtml?round=" + round, "dashboard", Map.of("dashboard:exportCsv", ""),
            body -> body.contains("\r\n50,"), true));

    // the victims see their own data on the same addresses: what the sweep looks for is really there
    JsfClient staff = login(f.get("victimStaff"));
    JsfClient officer = login(f.get("victimOfficer"));
    assertThat(staff.get("app/report.xhtml?id=" + r).body()).contains(victims.get(0));
    assertThat(officer.get("app/report.xhtml?id=" + f.get("draft")).body()).contains(victims.get(1));
    assertThat(officer.get("app/province.xhtml?round=" + round + "&province=50").body()).contains(victims);
    assertThat(officer.get("app/evidence/" + f.get("evidence")).statusCode()).isEqualTo(200);
    assertThat(officer.get("app/summary/" + r).statusCode()).isEqualTo(200);
    assertThat(officer.get("app/assigned-kpis.xhtml?round=" + f.get("round2")).body()).contains(f.get("kpiTitle"));
    assertThat(officer.get("app/poster?program=" + program + "&round=1&province=50").statusCode()).isEqualTo(200);
    assertThat(staff.get(circularFile).statusCode()).isEqualTo(200);
    for (FormTry t : forms) {
      if (t.victimControl()) {
        JsfClient.Answer resp = submit(officer, t);
        assertThat(t.leak().test(resp.body())).as("the victims' officer is shown it: " + t.label() + " -> " + resp.statusCode()).isTrue();
      }
    }

    Map<String, String> attackers = new LinkedHashMap<>();
    attackers.put("staff (57)", f.get("otherStaff"));
    attackers.put("director (57)", f.get("otherDirector"));
    attackers.put("officer (57)", f.get("otherOfficer"));
    attackers.put("staff (50, another's report)", f.get("colleague"));
    List<String> table = new ArrayList<>();
    List<String> shared = new ArrayList<>();
    int tried = 0;
    int refused = 0;
    for (Map.Entry<String, String> a : attackers.entrySet()) {
      JsfClient http = login(a.getValue());
      for (String page : pages) {
        JsfClient.Answer resp = http.get(page);
        String verdict;
        String location = resp.headers().firstValue("Location").orElse("");
        if (resp.statusCode() == 302 && location.contains("report.xhtml?id=") && !location.endsWith("id=" + r)
            && !location.endsWith("id=" + f.get("draft"))) {
          verdict = "refused"; // the QR link sends a staff member to their own report, never to the victims'
        } else if (resp.statusCode() >= 500 || resp.statusCode() == 302) {
          verdict = "ERROR";
        } else if (resp.statusCode() == 403 || resp.statusCode() == 404) {
          verdict = "refused";
        } else {
          verdict = marks.stream().anyMatch(resp.body()::contains) ? "ALLOWED" : "refused";
        }
        tried++;
        refused += verdict.equals("refused") ? 1 : 0;
        table.add(String.format("  %-7s %-30s GET %-60s -> %d%s", verdict, a.getKey(), page, resp.statusCode(),
            resp.body().contains("ไม่มีสิทธิ์") ? " (access-denied message)" : ""));
      }
      for (FormTry t : forms) {
        JsfClient.Answer resp = submit(http, t);
        String verdict = resp.statusCode() >= 500 || resp.statusCode() == 302 ? "ERROR" : t.leak().test(resp.body()) ? "ALLOWED" : "refused";
        tried++;
        refused += verdict.equals("refused") ? 1 : 0;
        table.add(String.format("  %-7s %-30s POST %-59s -> %d%s%s", verdict, a.getKey(), t.label(), resp.statusCode(),
            resp.body().contains("ไม่มีสิทธิ์") ? " (access-denied message)" : "", formShown.get(t.form()) ? "" : " (the page showed no such form)"));
      }
      boolean readsTheCircular = !a.getKey().equals("staff (57)");
      for (String download : readsTheCircular ? downloads : concat(downloads, circularFile)) {
        JsfClient.Answer resp = http.get(download);
        String verdict = resp.statusCode() == 403 || resp.statusCode() == 404 ? "refused" : resp.statusCode() >= 500 ? "ERROR" : "ALLOWED";
        tried++;
        refused += verdict.equals("refused") ? 1 : 0;
        table.add(String.format("  %-7s %-30s GET %-60s -> %d", verdict, a.getKey(), download, resp.statusCode()));
      }
      if (readsTheCircular) {
        shared.add(String.format("  %-7s %-30s GET %-60s -> %d", "shared", a.getKey(), circularFile, http.get(circularFile).statusCode()));
      }
    }
    System.out.println("Access sweep (HTTP), ids of province 50:");
    table.forEach(System.out::println);
    System.out.printf("Access sweep (HTTP): %d tried, %d refused%n", tried, refused);
    System.out.println("Not counted, visible to these users by design (a national circular's file):");
    shared.forEach(System.out::println);
    assertThat(table).filteredOn(t -> !t.strip().startsWith("refused")).isEmpty();
    assertThat(refused).isEqualTo(tried);
  }

  private static List<String> concat(List<String> list, String more) {
    List<String> all = new ArrayList<>(list);
    all.add(more);
    return all;
  }

  /**
   * Opens the page, then posts its form as the browser would: to the page's address without its
   * query, with the form's id, the fields and the page's view state. A page that refuses (no 200,
   * no view state) is the answer itself.
   */
  private JsfClient.Answer submit(JsfClient http, FormTry t) throws Exception {
    JsfClient.Answer page = http.get(t.page());
    formShown.put(t.form(), page.body().contains("<form id=\"" + t.form() + "\""));
    return http.submit(t.page(), page, t.form(), t.fields());
  }

  private static Properties bundle(String language) throws IOException {
    Properties p = new Properties();
    try (java.io.Reader in = new java.io.InputStreamReader(ReliabilityHttpIT.class.getResourceAsStream("/i18n/messages_" + language + ".properties"),
        StandardCharsets.UTF_8)) {
      p.load(in);
    }
    return p;
  }

  // ------------------------------------------------------------------ escaping and malformed ids

  @Test
  void storedMarkupIsShownAsTextAndMalformedIdsNeverGiveA5xx() throws Exception {
    Map<String, String> f = setup(prefix());
    for (String[] who : new String[][] {{f.get("victimOfficer"), f.get("report")}, {f.get("draftStaff"), f.get("draft")}}) {
      String page = login(who[0]).get("app/report.xhtml?id=" + who[1]).body();
      assertThat(page).as("the row text is on the page").contains("alert(1)");
      assertThat(page).as("never as markup").doesNotContain(ReliabilityFixtureServlet.SCRIPT).doesNotContain("<img src=x");
      assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }
    JsfClient staff = login(f.get("victimStaff"));
    List<String> bad = List.of("app/report.xhtml?id=abc", "app/report.xhtml?id=-1", "app/report.xhtml?id=99999999999999999999999",
        "app/report.xhtml?id=" + enc("' OR 1=1 --"), "app/report.xhtml?id=" + enc(ReliabilityFixtureServlet.SCRIPT), "app/report.xhtml?id=%00",
        "app/report.xhtml?id=1.5", "app/admin-actions.xhtml?report=abc", "app/province.xhtml?round=abc&province=" + enc(ReliabilityFixtureServlet.SCRIPT),
        "app/province.xhtml?round=-1&province=50", "app/overdue.xhtml?round=1e30&province=%00", "app/dashboard.xhtml?round=abc",
        "app/rollup.xhtml?round=" + enc("' OR 1=1 --"), "app/evidence/abc", "app/evidence/-1", "app/evidence/99999999999999999999",
        "app/evidence/", "app/summary/abc", "app/summary/1e30", "app/summary/province?round=abc&province=50",
        "app/summary/province?round=1&province=" + enc("' OR 1=1 --"), "verify.xhtml?code=" + enc(ReliabilityFixtureServlet.SCRIPT),
        "verify.xhtml?code=%00");
    List<String> failures = new ArrayList<>();
    System.out.println("Malformed ids over HTTP:");
    for (String url : bad) {
      JsfClient.Answer resp = staff.get(url);
      boolean ok = resp.statusCode() < 500 && !resp.body().contains(ReliabilityFixtureServlet.SCRIPT);
      System.out.printf("  %-5s GET %-70s -> %d%n", ok ? "ok" : "FAIL", url, resp.statusCode());
      if (!ok) {
        failures.add(url + " -> " + resp.statusCode());
      }
    }
    assertThat(failures).isEmpty();
  }

  /**
   * Multipart posts to the report form over the limits (files over the application's 10 MB; the
   * container's own limit is 64 MB) and with wrong contents: never a server error, the draft page
   * still opens.
   * (Which evidence each stores is checked at the service level in ReliabilityIT; here the file
   * part is not recognised as the uploader's, so this is about the request limits only.)
   */
  @Test
  void uploadRequestsOverTheLimitsGiveNo5xx() throws Exception {
    Map<String, String> f = setup(prefix());
    String draft = f.get("draft");
    JsfClient staff = login(f.get("draftStaff"));
    String page = staff.get("app/report.xhtml?id=" + draft).body();
    Matcher input = Pattern.compile("name=\"([^\"]*upload_input)\"").matcher(page);
    assertThat(input.find()).as("an upload field on the draft").isTrue();
    String field = input.group(1);
    String viewState = JsfClient.viewState(page);
    byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
    byte[] big = new byte[10 * 1024 * 1024 + 512 * 1024];
    byte[] huge = new byte[12 * 1024 * 1024];
    System.arraycopy("%PDF-1.4".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 8);
    System.arraycopy("%PDF-1.4".getBytes(StandardCharsets.US_ASCII), 0, huge, 0, 8);
    Object[][] cases = {{"HTML renamed .pdf", "page.pdf", html}, {"script as the name", ReliabilityFixtureServlet.SCRIPT + ".pdf", html},
        {"10.5 MB PDF (over the 10 MB limit)", "big.pdf", big}, {"12 MB PDF", "huge.pdf", huge}};
    List<String> failures = new ArrayList<>();
    System.out.println("Upload requests over HTTP:");
    for (Object[] c : cases) {
      String answer;
      boolean ok;
      try {
        JsfClient.Answer resp = upload(staff, draft, field, viewState, (String) c[1], (byte[]) c[2]);
        ok = resp.statusCode() < 500 && !resp.body().contains(ReliabilityFixtureServlet.SCRIPT);
        answer = String.valueOf(resp.statusCode());
      } catch (IOException e) {
        // the container closes a request over its multipart limit before reading it: refused, no error page
        ok = ((byte[]) c[2]).length > 11 * 1024 * 1024;
        answer = "connection closed by the server (" + e.getMessage() + ")";
      }
      System.out.printf("  %-5s %-40s -> %s%n", ok ? "ok" : "FAIL", c[0], answer);
      if (!ok) {
        failures.add(c[0] + " -> " + answer);
      }
    }
    assertThat(failures).isEmpty();
    assertThat(evidenceCount(draft)).isZero();
    assertThat(staff.get("app/report.xhtml?id=" + draft).statusCode()).as("the page still opens").isEqualTo(200);
  }

  private JsfClient.Answer upload(JsfClient http, String reportId, String field, String viewState, String fileName, byte[] content) throws Exception {
    String boundary = "----cdd" + UUID.randomUUID();
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    String source = field.substring(0, field.length() - "_input".length());
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("report", "report");
    fields.put(JsfClient.VIEW_STATE, viewState);
    fields.put("jakarta.faces.partial.ajax", "true");
    fields.put("jakarta.faces.partial.execute", source);
    fields.put("jakarta.faces.source", source);
    for (Map.Entry<String, String> e : fields.entrySet()) {
      body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + e.getKey() + "\"\r\n\r\n" + e.getValue() + "\r\n")
          .getBytes(StandardCharsets.UTF_8));
    }
    body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName
        + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.write(content);
    body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return http.send(http.request("app/report.xhtml?id=" + reportId).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  private long evidenceCount(String reportId) throws Exception {
    return Long.parseLong(anonymous().get("it-reliability?op=evidence&id=" + reportId).body().strip());
  }

  // ------------------------------------------------------------------ forgery, session ids, logout

  @Test
  void aPostWithoutItsViewStateOrWithAForeignOneChangesNothingAndTheRealOneWorks() throws Exception {
    Map<String, String> f = setup(prefix());
    String id = f.get("report");
    JsfClient staff = login(f.get("victimStaff"));
    String page = staff.get("app/report.xhtml?id=" + id).body();
    assertThat(page).as("the recall button is offered").contains("report:recall");
    String viewState = JsfClient.viewState(page);
    JsfClient colleague = login(f.get("colleague"));
    String foreign = JsfClient.viewState(colleague.get("app/report.xhtml?id=" + f.get("report")).body());

    Map<String, String> forgeries = new LinkedHashMap<>();
    forgeries.put("no view state", null);
    forgeries.put("a made-up view state", "-4711815:-8174411");
    forgeries.put("the view state of another session", foreign);
    forgeries.put("an empty view state", "");
    for (Map.Entry<String, String> forged : forgeries.entrySet()) {
      JsfClient.Answer resp = recall(staff, id, forged.getValue());
      System.out.printf("Forged recall, %s -> %d %s%n", forged.getKey(), resp.statusCode(), resp.body().length() > 160 ? resp.body().substring(0, 160) : resp.body());
      assertThat(resp.statusCode()).as(forged.getKey()).isLessThan(500);
      assertThat(status(id)).as("the report after a post with " + forged.getKey()).isEqualTo("WITH_DIRECTOR");
    }
    JsfClient.Answer stolen = recall(colleague, id, viewState);
    System.out.printf("Forged recall, the staff member's view state sent from the colleague's session -> %d%n", stolen.statusCode());
    assertThat(stolen.statusCode()).isLessThan(500);
    assertThat(status(id)).as("a view state from another session").isEqualTo("WITH_DIRECTOR");

    JsfClient.Answer real = recall(staff, id, viewState);
    assertThat(real.statusCode()).isEqualTo(200);
    assertThat(status(id)).as("the same post with its own view state recalls the report").isEqualTo("DRAFT");
  }

  @Test
  void aSessionIdInTheUrlIsNotAcceptedAndLogoutEndsTheSession() throws Exception {
    Map<String, String> f = setup(prefix());
    CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    JsfClient staff = login(f.get("victimStaff"), cookies);
    String session = staff.cookie("JSESSIONID").map(HttpCookie::getValue).orElseThrow();
    JsfClient.Answer inbox = staff.get("app/inbox.xhtml");
    assertThat(inbox.statusCode()).isEqualTo(200);
    assertThat(inbox.body()).as("no URL rewriting").doesNotContain(";jsessionid=").doesNotContain(";JSESSIONID=");

    // the report's process model, fetched by the page's diagram: signed-in users only, unknown ids not found
    java.util.regex.Matcher model = java.util.regex.Pattern.compile("data-model=\"[^\"]*/(app/process-model\\?id=[^\"]+)\"")
        .matcher(staff.get("app/report.xhtml?id=" + f.get("report")).body());
    assertThat(model.find()).as("the report page names its process model").isTrue();
    JsfClient.Answer xml = staff.get(model.group(1));
    assertThat(xml.statusCode()).isEqualTo(200);
    assertThat(xml.body()).contains("bpmndi:BPMNDiagram");
    assertThat(xml.headers().firstValue("Cache-Control").orElse("")).startsWith("private");
    assertThat(staff.get("app/process-model?id=roundReport:999:none").statusCode()).isEqualTo(404);

    JsfClient stranger = JsfClient.at(base).withoutCookies().build();
    assertThat(stranger.get(model.group(1)).statusCode()).as("the model, not signed in").isIn(302, 303, 401, 403);
    for (String url : List.of("app/inbox.xhtml;jsessionid=" + session, "app/inbox.xhtml?jsessionid=" + session,
        "app/report.xhtml;jsessionid=" + session + "?id=" + f.get("report"))) {
      JsfClient.Answer resp = stranger.get(url);
      System.out.printf("Session id in the URL: GET %s -> %d %s%n", url.replace(session, "<id>"), resp.statusCode(), resp.headers().firstValue("Location").orElse(""));
      assertThat(resp.statusCode()).as(url).isIn(302, 303, 400, 401, 403, 404);
      assertThat(resp.body()).as("not signed in").doesNotContain("headerForm").doesNotContain(f.get("victimStaff"));
    }
    JsfClient.Answer withCookie = stranger.send(stranger.request("app/inbox.xhtml").header("Cookie", "JSESSIONID=" + session));
    assertThat(withCookie.statusCode()).as("the same id as a cookie is the session").isEqualTo(200);
    assertThat(withCookie.body()).contains("headerForm");

    JsfClient.Answer logout = staff.submit("app/inbox.xhtml", inbox, "headerForm", Map.of("headerForm:logout", "headerForm:logout"));
    assertThat(logout.statusCode()).isEqualTo(302);
    assertThat(logout.headers().firstValue("Location").orElse("")).contains("login.xhtml");
    JsfClient.Answer after = stranger.send(stranger.request("app/inbox.xhtml").header("Cookie", "JSESSIONID=" + session));
    System.out.printf("Old session cookie after logout -> %d %s%n", after.statusCode(), after.headers().firstValue("Location").orElse(""));
    assertThat(after.statusCode()).as("the old cookie after logout").isEqualTo(302);
    assertThat(after.headers().firstValue("Location").orElse("")).contains("login.xhtml");
  }

  // ------------------------------------------------------------------ helpers

  /** The pages under app/ in the source tree (the sweep must name each). */
  private static List<String> listedPages() throws IOException {
    try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/main/webapp/app"))) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".xhtml")).sorted().collect(Collectors.toList());
    }
  }

  private JsfClient.Answer recall(JsfClient http, String reportId, String viewState) throws Exception {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("jakarta.faces.partial.ajax", "true");
    form.put("jakarta.faces.source", "report:recall");
    form.put("jakarta.faces.partial.execute", "report:recall");
    form.put("jakarta.faces.partial.render", "report");
    form.put("report:recall", "report:recall");
    form.put("report", "report");
    if (viewState != null) {
      form.put(JsfClient.VIEW_STATE, viewState);
    }
    return http.postPartial("app/report.xhtml?id=" + reportId, form);
  }

  private String status(String reportId) throws Exception {
    return anonymous().get("it-reliability?op=status&id=" + reportId).body().strip();
  }

  private Map<String, String> setup(String prefix) throws Exception {
    return keyValues(anonymous().get("it-reliability?op=setup&prefix=" + prefix));
  }

  /** The fixture's answer, key=value lines. */
  private static Map<String, String> keyValues(JsfClient.Answer resp) {
    assertThat(resp.statusCode()).as(resp.body()).isEqualTo(200);
    Map<String, String> values = new HashMap<>();
    for (String line : resp.body().split("\n")) {
      int eq = line.indexOf('=');
      values.put(line.substring(0, eq), line.substring(eq + 1));
    }
    return values;
  }

  private JsfClient login(String username) throws Exception {
    return login(username, new CookieManager(null, CookiePolicy.ACCEPT_ALL));
  }

  private JsfClient login(String username, CookieManager cookies) throws Exception {
    return login(username, th.go.cdd.performance.it.ItFixture.PASSWORD, cookies);
  }

  private JsfClient login(String username, String password, CookieManager cookies) throws Exception {
    JsfClient http = browser().cookies(cookies).build();
    assertThat(http.signIn(username, password).statusCode()).as("login of " + username).isEqualTo(302);
    return http;
  }

  /** A browser set to Thai, as the users' are. */
  private JsfClient.Builder browser() {
    return JsfClient.at(base).header("Accept-Language", "th");
  }

  /** A client with no cookie: the fixture's and the server's own endpoints. */
  private JsfClient anonymous() {
    return JsfClient.at(base).withoutCookies().build();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String prefix() {
    return "h" + UUID.randomUUID().toString().substring(0, 8);
  }
}
