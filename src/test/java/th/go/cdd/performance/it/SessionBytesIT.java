package th.go.cdd.performance.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import th.go.cdd.performance.testing.JsfClient;

/**
 * What a signed-in user's session holds after a working visit can be written out (a session store or a
 * cluster's replication writes sessions so), every attribute of it, the Faces views and view-scoped beans
 * included; and how many bytes that is, per role, written to target/it/session-bytes-&lt;db&gt;.md.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionBytesIT {
  @Deployment
  static WebArchive deployment() {
    return Deployments.productWithFixture(SessionBytesIT.class);
  }

  @ArquillianResource private URL base;

  @Test
  void aStaffMembersADirectorsAndAnOfficersSessionsSerializeWholeAfterTheirPages() throws Exception {
    String prefix = "sb" + UUID.randomUUID().toString().substring(0, 6);
    JsonObject office = parse(JsfClient.at(base).withoutCookies().build()
        .get("it-fixture?prefix=" + prefix + "&province=50&staff=2&submitted=false").body());
    long report = office.getJsonArray("reports").getJsonNumber(0).longValue();
    long other = office.getJsonArray("reports").getJsonNumber(1).longValue();
    Map<String, JsfClient> visits = new LinkedHashMap<>();
    visits.put("staff", visit(office.getJsonArray("staff").getString(0), "app/inbox.xhtml", "app/report.xhtml?id=" + report,
        "app/report.xhtml?id=" + report, "app/notifications.xhtml"));
    visits.put("director", visit(office.getString("director"), "app/inbox.xhtml", "app/report.xhtml?id=" + report,
        "app/report.xhtml?id=" + other));
    visits.put("officer", visit(office.getString("officer"), "app/inbox.xhtml", "app/dashboard.xhtml", "app/overdue.xhtml"));

    List<String> ids = new ArrayList<>();
    visits.values().forEach(c -> ids.add(c.cookie("JSESSIONID").orElseThrow().getValue()));
    JsonObject answer = parse(JsfClient.at(base).withoutCookies().build().get("it-session-bytes?ids=" + String.join(",", ids)).body());

    StringBuilder table = new StringBuilder("| session after its pages | bytes serialized | largest attributes |\n|---|---:|---|\n");
    int i = 0;
    for (String role : visits.keySet()) {
      JsonObject session = answer.getJsonArray("sessions").getJsonObject(i++);
      assertThat(session.getBoolean("found")).as(role + "'s session").isTrue();
      assertThat(session.getJsonArray("refused")).as(role + "'s session attributes that would not serialize").isEmpty();
      assertThat(session.getJsonNumber("bytes").longValue()).as(role + "'s session bytes").isPositive();
      JsonObject attributes = session.getJsonObject("attributes");
      String largest = attributes.keySet().stream()
          .sorted((a, b) -> Long.compare(attributes.getJsonNumber(b).longValue(), attributes.getJsonNumber(a).longValue())).limit(3)
          .map(name -> name + " " + attributes.getJsonNumber(name).longValue()).reduce((a, b) -> a + ", " + b).orElse("");
      table.append("| ").append(role).append(" | ").append(session.getJsonNumber("bytes").longValue()).append(" | ").append(largest).append(" |\n");
    }
    Path out = Path.of("target/it/session-bytes-" + System.getProperty("it.db", "h2") + ".md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, table, StandardCharsets.UTF_8);
    System.out.print(table);
  }

  private JsfClient visit(String username, String... pages) throws Exception {
    JsfClient client = JsfClient.at(base).cookies(new CookieManager(null, CookiePolicy.ACCEPT_ALL)).build().loggedIn(username, ItFixture.PASSWORD);
    for (String page : pages) {
      JsfClient.Answer answer = client.get(page);
      assertThat(answer.statusCode()).as(username + " " + page).isLessThan(400);
    }
    return client;
  }

  private static JsonObject parse(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }
}
