package th.go.cdd.performance.chaos;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One HTTP client with its own cookies (one user's browser): the chaos servlet's actions and the product's pages. */
final class HttpDriver {
  record Answer(int status, String body) {
    boolean ok() {
      return status == 200;
    }
  }

  private static final Pattern VIEW_STATE = Pattern.compile("jakarta.faces.ViewState:0\" value=\"([^\"]+)\"");

  private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
      .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

  Answer post(String pathAndQuery) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(PayaraServer.uri(pathAndQuery)).POST(HttpRequest.BodyPublishers.noBody()));
  }

  Answer get(String pathAndQuery) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(PayaraServer.uri(pathAndQuery)));
  }

  /** Through the login page, as a browser posts its form (copied in small from the dashboard bench). */
  void login(String username) throws IOException, InterruptedException {
    Answer r = signIn(username);
    if (!r.ok()) {
      throw new IllegalStateException("login of " + username + " failed: " + r.status());
    }
  }

  /**
   * One sign-in as a browser makes it (the login page, then its form posted with the demo password),
   * answered as that page answers; the redirect to the inbox that means "signed in" counts as 200.
   */
  Answer signIn(String username) throws IOException, InterruptedException {
    return signIn(username, "demo1234");
  }

  /** The same with a password of one's own; also the Location of the redirect, in the body, when signed in. */
  Answer signIn(String username, String password) throws IOException, InterruptedException {
    Answer page = get("/login.xhtml");
    Matcher m = VIEW_STATE.matcher(page.body());
    if (!page.ok() || !m.find()) {
      return page;
    }
    String form = "login=login&login%3Ausername=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&login%3Apassword="
        + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&login%3Asubmit=&jakarta.faces.ViewState="
        + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
    Answer r = send(HttpRequest.newBuilder(PayaraServer.uri("/login.xhtml")).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)));
    return r.status() == 302 ? new Answer(200, r.body()) : r;
  }

  private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
    HttpResponse<String> r = http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    return new Answer(r.statusCode(), r.body());
  }
}
