package th.go.cdd.performance.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URL;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import th.go.cdd.performance.testing.JsfClient;

/**
 * The REST API over HTTP, as another system and a staff member's program call it: every operation
 * of the served /openapi document is called (the test fails on one it did not call), and the access
 * sweep: no credentials, an unknown or revoked token, a token trying to write, a session write without
 * the CSRF header, and another province's ids, each refused with a problem document. Tokens are
 * issued and revoked through the administrator's page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiIT {
  private static final Pattern SECRET = Pattern.compile("cdd_[A-Za-z0-9_-]{43}");
  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
  private static final String CSRF = "X-CDD-Requested-By";

  @Deployment
  static WebArchive deployment() {
    return Deployments.productWithFixture(ApiIT.class);
  }

  @ArquillianResource private URL base;

  /** The operations this test called, as "METHOD /v1/template". */
  private final Set<String> called = new TreeSet<>();

  @Test
  void everyOperationOfTheOpenApiDocumentIsCalledAndAnswersAsThePagesWould() throws Exception {
    String prefix = prefix();
    JsonObject office = office(prefix, "50", 2, false);
    long mine = office.getJsonArray("reports").getJsonNumber(0).longValue();
    String staff = office.getJsonArray("staff").getString(0);
    JsfClient admin = login("admin");
    String officerToken = issue(admin, "ระบบบุคลากร " + prefix, office.getString("officer"));
    String nationalToken = issue(admin, "national " + prefix, "admin");

    // the staff member's own work, in their session
    JsfClient session = login(staff);
    JsonArray tasks = array(call(session, null, "GET", "/v1/me/tasks", "/v1/me/tasks", null, 200));
    assertThat(tasks.getValuesAs(JsonObject.class)).anySatisfy(t -> assertThat(t.getJsonNumber("reportId").longValue()).isEqualTo(mine));
    for (int kpi = 1; kpi <= 6; kpi++) {
      String figures = switch (kpi) {
        case 1, 5 -> "{\"figure\":4,\"rows\":[{\"target\":\"เป้าหมาย\",\"result\":\"ผล\"}]}";
        case 2 -> "{\"figure\":62,\"base\":80,\"rows\":[]}";
        default -> "{\"figure\":25,\"rows\":[]}";
      };
      JsonObject score = object(call(session, null, "PUT", "/v1/me/reports/{reportId}/kpis/{kpiNumber}",
          "/v1/me/reports/" + mine + "/kpis/" + kpi, figures, 200));
      assertThat(score.getInt("kpiNumber")).isEqualTo(kpi);
      assertThat(score.isNull("level")).as("KPI " + kpi + " scores a level").isFalse();
    }
    JsonObject submitted = object(call(session, null, "POST", "/v1/me/reports/{reportId}/submission",
        "/v1/me/reports/" + mine + "/submission", "", 200));
    assertThat(submitted.getString("status")).isEqualTo("WITH_DIRECTOR");
    assertThat(submitted.getInt("submissionNumber")).isEqualTo(1);

    // another system, with the officer's token: the province it oversees
    JsfClient system = JsfClient.at(base).withoutCookies().build();
    JsonArray programs = array(call(system, officerToken, "GET", "/v1/programs", "/v1/programs", null, 200));
    JsonObject program = programs.getValuesAs(JsonObject.class).stream()
        .filter(p -> p.getString("code").equals(office.getString("programCode", "it-" + prefix))).findFirst().orElseThrow();
    long round = program.getJsonArray("rounds").getJsonObject(0).getJsonNumber("id").longValue();

    JsonObject dashboard = object(call(system, officerToken, "GET", "/v1/rounds/{roundId}/dashboard", "/v1/rounds/" + round + "/dashboard",
        null, 200));
    assertThat(dashboard.getJsonObject("total").getInt("staff")).isEqualTo(2);
    assertThat(dashboard.getJsonObject("total").getInt("withDirector")).isEqualTo(1);
    assertThat(dashboard.getJsonArray("provinces").getValuesAs(JsonObject.class)).extracting(p -> p.getString("code")).containsOnly("50");

    JsonArray rollup = array(call(system, nationalToken, "GET", "/v1/rounds/{roundId}/rollup", "/v1/rounds/" + round + "/rollup?signedOnly=false",
        null, 200));
    assertThat(rollup).isNotEmpty();
    assertThat(rollup.getJsonObject(0).getInt("number")).isEqualTo(1);

    JsonArray lines = array(call(system, officerToken, "GET", "/v1/rounds/{roundId}/provinces/{provinceCode}/reports",
        "/v1/rounds/" + round + "/provinces/50/reports", null, 200));
    assertThat(lines).hasSize(2);
    JsonObject line = lines.getValuesAs(JsonObject.class).stream().filter(l -> !l.isNull("reportId") && l.getJsonNumber("reportId").longValue() == mine)
        .findFirst().orElseThrow();
    assertThat(line.getString("state")).isEqualTo("WITH_DIRECTOR");
    assertThat(line.getJsonObject("holder").getString("role")).isEqualTo("DIRECTOR");

    JsonObject report = object(call(system, officerToken, "GET", "/v1/reports/{reportId}", "/v1/reports/" + mine, null, 200));
    assertThat(report.getString("status")).isEqualTo("WITH_DIRECTOR");
    assertThat(report.getString("provinceCode")).isEqualTo("50");
    assertThat(report.getJsonObject("holder").getString("role")).isEqualTo("DIRECTOR");
    assertThat(report.getString("canonicalForm")).isNotBlank();

    JsonArray evidence = array(call(system, officerToken, "GET", "/v1/reports/{reportId}/evidence", "/v1/reports/" + mine + "/evidence", null, 200));
    assertThat(evidence).as("nothing attached through the API").isEmpty();

    JsonArray chain = array(call(system, officerToken, "GET", "/v1/reports/{reportId}/signatures", "/v1/reports/" + mine + "/signatures",
        null, 200));
    assertThat(chain).hasSize(1);
    assertThat(chain.getJsonObject(0).getString("step")).isEqualTo("STAFF");
    String hash = chain.getJsonObject(0).getString("hash");

    String code = "R" + mine + "-" + hash.substring(0, 16).toUpperCase();
    JsonObject verified = object(call(system, officerToken, "GET", "/v1/verifications/{code}", "/v1/verifications/" + code, null, 200));
    assertThat(verified.getString("outcome")).isEqualTo("MATCHES");
    assertThat(verified.getJsonArray("signatures")).hasSize(1);
    JsonObject unknown = object(call(system, officerToken, "GET", "/v1/verifications/{code}", "/v1/verifications/R1-0000000000000000", null, 200));
    assertThat(unknown.getString("outcome")).isNotEqualTo("MATCHES");

    // the served description: every operation in it was called above
    JsfClient.Answer doc = system.send(system.request("openapi").header("Accept", "application/json").GET());
    assertThat(doc.statusCode()).isEqualTo(200);
    JsonObject paths = ((JsonObject) parse(doc.body())).getJsonObject("paths");
    Set<String> documented = new TreeSet<>();
    paths.forEach((path, item) -> item.asJsonObject().keySet().stream().filter(METHODS::contains)
        .forEach(m -> documented.add(m.toUpperCase() + " " + (path.contains("/v1/") ? path.substring(path.indexOf("/v1/")) : path))));
    assertThat(documented).as("the document lists the API").hasSizeGreaterThanOrEqualTo(11);
    JsonObject schemes = ((JsonObject) parse(doc.body())).getJsonObject("components").getJsonObject("securitySchemes");
    assertThat(schemes.getJsonObject("token").getString("scheme")).isEqualToIgnoringCase("bearer");
    assertThat(schemes.getJsonObject("session").getString("in")).isEqualTo("cookie");
    assertThat(doc.body()).as("refusals are described as problem documents").contains("application/problem+json");
    assertThat(called).as("every operation in /openapi was called by this test").containsAll(documented);

    // each operation counted and timed on its own in the request metrics
    JsfClient scraper = JsfClient.at(base).withoutCookies().header("Authorization", "Bearer it-scraper-token").build();
    String metrics = scraper.get("metrics?scope=application").body();
    for (String operation : List.of("listPrograms", "roundDashboard", "roundRollup", "provinceReports", "getReport", "getReportEvidence",
        "getReportSignatures", "verifyCode", "myTasks", "saveKpiFigures", "submitReport")) {
      assertThat(metrics).as("cdd_requests for " + operation).containsPattern("(?m)^cdd_requests_seconds_count\\{[^}]*page=\"api:" + operation + "\"[^}]*\\} [1-9]");
    }
  }

  @Test
  void theAccessSweepRefusesNoCredentialsBadTokensTokenWritesUnguardedSessionWritesAndOtherProvincesIds() throws Exception {
    String prefix = prefix();
    JsonObject here = office(prefix + "a", "50", 1, false);
    JsonObject there = office(prefix + "b", "15", 1, true);
    long mine = here.getJsonArray("reports").getJsonNumber(0).longValue();
    long theirs = there.getJsonArray("reports").getJsonNumber(0).longValue();
    JsfClient admin = login("admin");
    String token = issue(admin, "sweep " + prefix, here.getString("officer"));
    JsfClient.Answer page = admin.get("app/api-tokens.xhtml");
    Map<String, String> fields = JsfClient.fields(page.body(), "tokens");
    fields.put("tokens:name", "staff " + prefix);
    fields.put("tokens:account", here.getJsonArray("staff").getString(0));
    fields.put("tokens:issue", "");
    JsfClient.Answer notIssued = admin.submit("app/api-tokens.xhtml", page, "tokens", fields);
    assertThat(notIssued.body()).as("a token never reads as a staff member").contains("ไม่ใช่บัญชีผู้ดูแลระบบหรือพัฒนาการจังหวัด");
    assertThat(SECRET.matcher(notIssued.body()).find()).isFalse();
    JsfClient system = JsfClient.at(base).withoutCookies().header("Accept-Language", "en").build();
    long theirRound = roundOf(system, token, "it-" + prefix + "b");

    // neither session nor token: 401 problem, never the login page
    for (String path : List.of("/v1/programs", "/v1/reports/" + mine, "/v1/me/tasks", "/v1/nothing-here")) {
      JsfClient.Answer a = system.get("api" + path);
      assertProblem(a, 401, "api.unauthorized");
      assertThat(a.headers().firstValue("Location")).as(path + ": not redirected").isEmpty();
      assertThat(a.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Bearer");
    }
    assertProblem(send(system, "Bearer cdd_" + "x".repeat(43), "GET", "/v1/programs", null, null), 401, "api.unauthorized");
    assertProblem(send(system, "Basic YWRtaW46YWRtaW4=", "GET", "/v1/programs", null, null), 401, "api.unauthorized");

    // another province's ids, and an id that names nothing, are refused alike
    JsonObject refused = assertProblem(send(system, token, "GET", "/v1/reports/" + theirs, null, null), 403, "access.denied");
    JsonObject missing = assertProblem(send(system, token, "GET", "/v1/reports/987654321", null, null), 403, "access.denied");
    assertThat(missing.getString("detail")).isEqualTo(refused.getString("detail"));
    assertProblem(send(system, token, "GET", "/v1/reports/" + theirs + "/evidence", null, null), 403, "access.denied");
    assertProblem(send(system, token, "GET", "/v1/reports/" + theirs + "/signatures", null, null), 403, "access.denied");
    assertProblem(send(system, token, "GET", "/v1/rounds/" + theirRound + "/provinces/15/reports", null, null), 403, "access.denied");
    JsonObject theirDashboard = object(send(system, token, "GET", "/v1/rounds/" + theirRound + "/dashboard", null, null));
    assertThat(theirDashboard.getJsonArray("provinces").getValuesAs(JsonObject.class)).extracting(p -> p.getString("code"))
        .doesNotContain("15");
    assertThat(send(system, token, "GET", "/v1/reports/" + mine, null, null).statusCode()).as("its own province").isEqualTo(200);

    // a token only reads, even with the CSRF header
    assertProblem(send(system, token, "PUT", "/v1/me/reports/" + mine + "/kpis/1", "{\"figure\":4}", CSRF), 403, "api.readOnlyToken");
    assertProblem(send(system, token, "POST", "/v1/me/reports/" + mine + "/submission", "", CSRF), 403, "api.readOnlyToken");

    // a session writes its own report only, and only with the CSRF header
    JsfClient staff = login(here.getJsonArray("staff").getString(0));
    assertProblem(send(staff, null, "PUT", "/v1/me/reports/" + mine + "/kpis/1", "{\"figure\":4}", null), 403, "api.csrf");
    assertProblem(send(staff, null, "PUT", "/v1/me/reports/" + theirs + "/kpis/1", "{\"figure\":4}", CSRF), 403, "access.denied");
    assertProblem(send(staff, null, "POST", "/v1/me/reports/" + theirs + "/submission", "", CSRF), 403, "access.denied");
    assertProblem(send(staff, null, "GET", "/v1/reports/" + theirs, null, null), 403, "access.denied");
    assertProblem(send(staff, null, "PUT", "/v1/me/reports/" + mine + "/kpis/1", "not json", CSRF), 400, "api.badRequest");
    assertThat(send(staff, null, "PUT", "/v1/me/reports/" + mine + "/kpis/1", "{\"figure\":4,\"rows\":[]}", CSRF).statusCode()).isEqualTo(200);

    // revoked on the page: refused from the next call on, and the refusal is audited like each use
    assertThat(send(system, token, "GET", "/v1/programs", null, null).statusCode()).isEqualTo(200);
    revoke(admin, token);
    assertProblem(send(system, token, "GET", "/v1/programs", null, null), 401, "api.unauthorized");
    String audit = admin.get("app/audit.xhtml").body();
    assertThat(audit).contains("เรียก API ด้วยโทเคน").contains("ปฏิเสธโทเคน API").contains("ออกโทเคน API").contains("ยกเลิกโทเคน API");
    assertThat(audit).as("the secret is never shown again").doesNotContain(token);
  }

  // ------------------------------------------------------------------------------------------ helpers

  /** Calls an operation (its template recorded as called) and checks the status. */
  private String call(JsfClient client, String token, String method, String template, String path, String body, int status) throws Exception {
    JsfClient.Answer a = send(client, token, method, path, body, body == null ? null : CSRF);
    assertThat(a.statusCode()).as(method + " " + path + ": " + a.body()).isEqualTo(status);
    assertThat(a.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    called.add(method + " " + template);
    return a.body();
  }

  private JsfClient.Answer send(JsfClient client, String token, String method, String path, String body, String csrfHeader) throws Exception {
    HttpRequest.Builder r = client.request("api" + path);
    if (token != null) {
      r.header("Authorization", token.startsWith("cdd_") ? "Bearer " + token : token);
    }
    if (csrfHeader != null) {
      r.header(csrfHeader, "api-it");
    }
    if (body != null) {
      r.header("Content-Type", "application/json");
    }
    return client.send(r.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)));
  }

  private static JsonObject assertProblem(JsfClient.Answer a, int status, String code) {
    assertThat(a.statusCode()).as(a.toString()).isEqualTo(status);
    assertThat(a.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    JsonObject p = (JsonObject) parse(a.body());
    assertThat(p.getInt("status")).isEqualTo(status);
    assertThat(p.getString("code")).isEqualTo(code);
    assertThat(p.getString("title")).isNotBlank();
    assertThat(p.getString("detail")).isNotBlank().isNotEqualTo(code);
    JsonObject texts = p.getJsonObject("texts");
    assertThat(texts.getJsonObject("th").getString("detail")).isNotBlank().isNotEqualTo(texts.getJsonObject("en").getString("detail"));
    return p;
  }

  private long roundOf(JsfClient system, String token, String programCode) throws Exception {
    JsonArray programs = (JsonArray) parse(send(system, token, "GET", "/v1/programs", null, null).body());
    return programs.getValuesAs(JsonObject.class).stream().filter(p -> p.getString("code").equals(programCode)).findFirst().orElseThrow()
        .getJsonArray("rounds").getJsonObject(0).getJsonNumber("id").longValue();
  }

  /** Issues a token on the administrator's page and reads its secret, shown that once. */
  private String issue(JsfClient admin, String name, String account) throws Exception {
    JsfClient.Answer page = admin.get("app/api-tokens.xhtml");
    assertThat(page.statusCode()).isEqualTo(200);
    Document doc = Jsoup.parse(page.body());
    Map<String, String> fields = JsfClient.fields(doc, "tokens");
    fields.put("tokens:name", name);
    fields.put("tokens:account", account);
    fields.put("tokens:issue", "");
    JsfClient.Answer issued = admin.submit("app/api-tokens.xhtml", page, "tokens", fields);
    Matcher m = SECRET.matcher(issued.body());
    assertThat(m.find()).as("the secret is shown: " + issued.body()).isTrue();
    String secret = m.group();
    assertThat(admin.get("app/api-tokens.xhtml").body()).as("and only once").doesNotContain(secret).contains(secret.substring(0, 12));
    return secret;
  }

  private void revoke(JsfClient admin, String secret) throws Exception {
    JsfClient.Answer page = admin.get("app/api-tokens.xhtml");
    Document doc = Jsoup.parse(page.body());
    Element row = doc.select("tr:has(code:containsOwn(" + secret.substring(0, 12) + "))").first();
    assertThat(row).as("the token's row").isNotNull();
    Element button = row.select("button[id$=:revoke]").first();
    assertThat(button).isNotNull();
    JsfClient.Answer revoked = admin.ajax("app/api-tokens.xhtml", JsfClient.fields(doc, "tokens"), doc, button.id());
    assertThat(revoked.statusCode()).isEqualTo(200);
  }

  private JsonObject office(String prefix, String province, int staff, boolean submitted) throws Exception {
    JsfClient.Answer a = JsfClient.at(base).withoutCookies().build()
        .get("it-fixture?prefix=" + prefix + "&province=" + province + "&staff=" + staff + "&submitted=" + submitted);
    assertThat(a.statusCode()).as(a.toString()).isEqualTo(200);
    JsonObject o = (JsonObject) parse(a.body());
    return Json.createObjectBuilder(o).add("programCode", "it-" + prefix).build();
  }

  private JsfClient login(String username) throws Exception {
    return JsfClient.at(base).cookies(new CookieManager(null, CookiePolicy.ACCEPT_ALL)).header("Accept-Language", "th").build()
        .loggedIn(username, ItFixture.PASSWORD);
  }

  private static JsonStructure parse(String json) {
    return Json.createReader(new StringReader(json)).read();
  }

  private static JsonObject object(String json) {
    return (JsonObject) parse(json);
  }

  private static JsonObject object(JsfClient.Answer a) {
    assertThat(a.statusCode()).as(a.toString()).isEqualTo(200);
    return object(a.body());
  }

  private static JsonArray array(String json) {
    JsonValue v = parse(json);
    return v.asJsonArray();
  }

  private static String prefix() {
    return "api" + UUID.randomUUID().toString().substring(0, 6);
  }
}
