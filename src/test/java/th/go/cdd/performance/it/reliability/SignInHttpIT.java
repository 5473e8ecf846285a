package th.go.cdd.performance.it.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import th.go.cdd.performance.it.Deployments;
import th.go.cdd.performance.it.ItFixture;
import th.go.cdd.performance.testing.JsfClient;

/**
 * Sign-in and what anonymous visitors reach, over HTTP as a browser and a stranger would: device
 * cookies against a stranger's lockout, the per-address throttle, the audit of failures, the
 * scraper token on /metrics, the security headers, and the evidence caps. The server believes
 * X-Forwarded-For from the loopback (arquillian.xml: cdd.http.trustedProxies) and the tests call it
 * there, so each test plays clients of its own addresses and no test's failures hold another's.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInHttpIT {
  /** arquillian.xml's cdd.metrics.token */
  private static final String SCRAPER_TOKEN = "it-scraper-token";

  @Deployment
  static WebArchive deployment() {
    return Deployments.productWithFixture(SignInHttpIT.class);
  }

  @ArquillianResource private URL base;

  @Test
  void aStrangersWrongPasswordsLockOutStrangersButNotTheOwnersKnownDevice() throws Exception {
    String owner = keyValues(get("it-reliability?op=otp&prefix=" + prefix())).get("director");
    CookieManager ownersBrowser = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    String ownersAddress = address();
    assertThat(signIn(owner, ItFixture.PASSWORD, ownersBrowser, ownersAddress).statusCode()).as("the owner's first sign-in").isEqualTo(302);
    HttpCookie device = ownersBrowser.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("cdd_device")).findFirst()
        .orElseThrow(() -> new AssertionError("no device cookie after a successful sign-in"));
    assertThat(device.isHttpOnly()).isTrue();

    String strangersAddress = address();
    for (int i = 0; i < 6; i++) {
      assertThat(signIn(owner, "guess " + i, fresh(), strangersAddress).statusCode()).as("wrong password " + i).isEqualTo(200);
    }
    assertThat(signIn(owner, ItFixture.PASSWORD, fresh(), strangersAddress).statusCode())
        .as("the account is locked for a fresh browser: even the right password is refused").isEqualTo(200);
    assertThat(signIn(owner, ItFixture.PASSWORD, fresh(), address()).statusCode())
        .as("and for a fresh browser at any other address").isEqualTo(200);

    // the owner's browser next morning: the session is gone, the device cookie is not
    CookieManager nextMorning = fresh();
    nextMorning.getCookieStore().add(URI.create(loopback()), device);
    assertThat(signIn(owner, ItFixture.PASSWORD, nextMorning, ownersAddress).statusCode())
        .as("the owner's known device signs in despite the stranger's lock").isEqualTo(302);
  }

  @Test
  void failedSignInsAndTheLockAreInTheAuditLogWithTheAddressAndNeverThePassword() throws Exception {
    String user = keyValues(get("it-reliability?op=otp&prefix=" + prefix())).get("director");
    String stranger = address();
    for (int i = 0; i < 5; i++) {
      signIn(user, "secret-guess-" + i, fresh(), stranger);
    }
    Map<String, String> failed = keyValues(get("it-reliability?op=audit&action=SIGN_IN_FAILED&user=" + enc(user)));
    assertThat(failed.get("count")).isEqualTo("5");
    assertThat(failed.values()).filteredOn(v -> v.contains("|")).hasSize(5)
        .allMatch(v -> v.contains("wrong password") && v.contains("address " + stranger) && !v.contains("secret-guess"));
    Map<String, String> locked = keyValues(get("it-reliability?op=audit&action=ACCOUNT_LOCKED&user=" + enc(user)));
    assertThat(locked.get("count")).isEqualTo("1");
    assertThat(locked.get("entry0")).contains("address " + stranger);

    String nobody = "nobody-" + prefix();
    signIn(nobody, "secret-guess", fresh(), stranger);
    assertThat(keyValues(get("it-reliability?op=audit&action=SIGN_IN_FAILED&user=" + enc(nobody))).get("count"))
        .as("an unknown name is audited too").isEqualTo("1");
  }

  @Test
  void anAddressThatUsedUpItsFailedSignInsIsAnswered429InThaiAndEnglishAndOthersAreNot() throws Exception {
    String user = keyValues(get("it-reliability?op=otp&prefix=" + prefix())).get("director");
    String flooder = address();
    // the default allowance: 30 failures per 15 minutes, one coming back every 30 s; across many staff numbers, so
    // no account lock explains the refusal
    int failures = 0;
    JsfClient.Answer answer;
    do {
      answer = signIn("nobody-" + failures + "-" + prefix(), "guess", fresh(), flooder);
      failures += answer.statusCode() == 200 ? 1 : 0;
    } while (answer.statusCode() == 200 && failures < 45);
    assertThat(answer.statusCode()).as("after " + failures + " failures").isEqualTo(429);
    assertThat(failures).as("not before the allowance is used").isGreaterThanOrEqualTo(30);
    JsfClient.Answer held = signIn(user, ItFixture.PASSWORD, fresh(), flooder);
    assertThat(held.statusCode()).as("held even with the right password").isEqualTo(429);
    assertThat(held.headers().firstValue("Retry-After")).isPresent();
    assertThat(held.body()).contains(ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag("th")).getString("unavailable.signInThrottled"))
        .contains(ResourceBundle.getBundle("i18n.messages", Locale.ENGLISH).getString("unavailable.signInThrottled"));
    assertThat(signIn(user, ItFixture.PASSWORD, fresh(), address()).statusCode()).as("another address").isEqualTo(302);
  }

  @Test
  void metricsAnswerOnlyTheScrapersTokenAndHealthStaysOpen() throws Exception {
    assertThat(get("metrics").statusCode()).as("anonymous").isEqualTo(401);
    assertThat(get("metrics?scope=application").statusCode()).as("anonymous, a scope").isEqualTo(401);
    assertThat(get("metrics/application").statusCode()).as("anonymous, a path").isEqualTo(401);
    JsfClient http = client().build();
    assertThat(http.send(http.request("metrics").header("Authorization", "Bearer wrong")).statusCode())
        .as("a wrong token").isEqualTo(401);
    assertThat(get("health/ready").statusCode()).as("readiness, for the load balancer").isEqualTo(200);
    assertThat(get("health/live").statusCode()).as("liveness, for the supervisor").isEqualTo(200);
    // the liveness check registers its gauges when it first runs (above)
    JsfClient.Answer scraper = http.send(http.request("metrics?scope=application").header("Authorization", "Bearer " + SCRAPER_TOKEN));
    assertThat(scraper.statusCode()).isEqualTo(200);
    assertThat(scraper.body()).contains("cdd_threads_stuck");
  }

  /**
   * What an operator watches moves with a short journey: refused sign-ins counted, requests counted
   * and timed by page, sessions open; the engine's due and failed jobs, the outbox's pending and
   * failed e-mails and the connection pool are there to be scraped.
   */
  @Test
  void metricsMoveWithAJourneyOfSignInsAndPages() throws Exception {
    JsfClient scraper = client().header("Authorization", "Bearer " + SCRAPER_TOKEN).build();
    String before = scraper.get("metrics?scope=application").body();
    String user = keyValues(get("it-reliability?op=otp&prefix=" + prefix())).get("director");

    assertThat(signIn(user, "not the password", fresh(), address()).statusCode()).isEqualTo(200);
    assertThat(signIn(user, ItFixture.PASSWORD, fresh(), address()).statusCode()).isEqualTo(302);
    String after = scraper.get("metrics?scope=application").body();

    assertThat(metric(after, "cdd_logins_failed_total", null)).isGreaterThan(metric(before, "cdd_logins_failed_total", null));
    assertThat(metric(after, "cdd_requests_seconds_count", "/login.xhtml")).as("the login page, requested and posted")
        .isGreaterThanOrEqualTo(metric(before, "cdd_requests_seconds_count", "/login.xhtml") + 4);
    assertThat(metric(after, "cdd_requests_seconds_sum", "/login.xhtml")).isGreaterThan(metric(before, "cdd_requests_seconds_sum", "/login.xhtml"));
    assertThat(metric(after, "cdd_sessions_open", null)).as("the sign-ins' sessions").isGreaterThanOrEqualTo(2);
    for (String gauge : List.of("cdd_engine_jobs_due", "cdd_engine_jobs_failed", "cdd_outbox_pending", "cdd_outbox_failed")) {
      assertThat(metric(after, gauge, null)).as(gauge).isGreaterThanOrEqualTo(0);
    }
    String vendor = scraper.get("metrics?scope=vendor").body();
    assertThat(vendor).as("the connection pool").containsIgnoringCase("pool");
  }

  /** A metric's value in the Prometheus text (with this page tag, if one is given); -1 when it is not there. */
  private static double metric(String body, String name, String page) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^" + name + "(\\{([^}]*)\\})? (\\S+)$").matcher(body);
    while (m.find()) {
      if (page == null || m.group(2) != null && m.group(2).contains("page=\"" + page + "\"")) {
        return Double.parseDouble(m.group(3));
      }
    }
    return page == null ? -1 : 0;
  }

  @Test
  void pagesCarryAContentSecurityPolicyAndNoHstsOnAPlainHttpPublicUrl() throws Exception {
    JsfClient.Answer login = get("login.xhtml");
    assertThat(login.headers().allValues("Content-Security-Policy")).singleElement().satisfies(p -> assertThat(p).contains("default-src 'self'",
        "object-src 'none'", "frame-ancestors 'none'", "base-uri 'self'", "form-action 'self'"));
    assertThat(login.headers().firstValue("Strict-Transport-Security")).as("the tests' public URL is http").isEmpty();
  }

  @Test
  void aKpiTakesAtMostTenEvidenceFilesAndAReportFifty() throws Exception {
    Map<String, String> caps = keyValues(get("it-reliability?op=evidenceCaps&prefix=" + prefix()));
    assertThat(caps.get("kpi1")).isEqualTo("10 accepted, refused: evidence.tooManyForKpi");
    assertThat(caps.get("kpi5")).isEqualTo("10 accepted");
    assertThat(caps.get("kpi6")).isEqualTo("0 accepted, refused: evidence.tooManyForReport");
    assertThat(caps.get("stored")).isEqualTo("50");
  }

  /** One sign-in from a browser with these cookies at this address; the answer as it comes (a redirect when it succeeds). */
  private JsfClient.Answer signIn(String username, String password, CookieManager cookies, String address) throws Exception {
    return client().cookies(cookies).header("X-Forwarded-For", address).build().signIn(username, password);
  }

  private static CookieManager fresh() {
    return new CookieManager(null, CookiePolicy.ACCEPT_ALL);
  }

  /** An address of the range reserved for network tests (198.18.0.0/15), new for each client the tests play. */
  private static String address() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    return "198.18." + r.nextInt(256) + "." + r.nextInt(1, 255);
  }

  private static Map<String, String> keyValues(JsfClient.Answer resp) {
    assertThat(resp.statusCode()).as(resp.body()).isEqualTo(200);
    Map<String, String> values = new HashMap<>();
    for (String line : resp.body().split("\n")) {
      int eq = line.indexOf('=');
      if (eq > 0) {
        values.put(line.substring(0, eq), line.substring(eq + 1));
      }
    }
    return values;
  }

  private JsfClient.Answer get(String path) throws Exception {
    return client().build().get(path);
  }

  /**
   * Through the loopback, whatever host Arquillian names: the server believes X-Forwarded-For from
   * 127.0.0.1 only (on a machine whose name resolves to another address, every request would
   * otherwise come from that one address and share its allowance).
   */
  private JsfClient.Builder client() {
    return JsfClient.at(loopback());
  }

  private String loopback() {
    return base.getProtocol() + "://127.0.0.1:" + base.getPort() + base.getPath();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String prefix() {
    return "s" + UUID.randomUUID().toString().substring(0, 8);
  }
}
