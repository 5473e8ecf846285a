package th.go.cdd.performance.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;

/**
 * One browser: its own cookies (the session), pages fetched and JSF forms posted as the browser
 * sends them (every field of the form with the view state, and for a PrimeFaces ajax button the
 * partial-request parameters and headers). Each request is timed.
 */
final class JsfSession {
  private static final Pattern PARTIAL_VIEW_STATE = Pattern.compile("ViewState:0\"><!\\[CDATA\\[([^\\]]+)\\]\\]>");
  private final HttpClient http;
  private final Function<String, URI> uris;

  /** An answer: status, body, milliseconds, and whether it shows an error to the user. */
  record Answer(int status, String body, double ms, String location) {
    boolean failed() {
      return status >= 400 || body.contains("ui-messages-error") || body.contains("<error>") || body.contains("id=\"errorPage\"");
    }
  }

  JsfSession(Function<String, URI> uris) {
    this.uris = uris;
    this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(10)).build();
  }

  Answer get(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uris.apply(path)).GET());
  }

  /** Signs in through the login form; answers the page the login redirects to, timed from the post. */
  Answer login(String username, String password) throws IOException, InterruptedException {
    Answer page = get("/login.xhtml");
    Document doc = Jsoup.parse(page.body());
    Map<String, String> fields = fields(doc, "login");
    fields.put("login:username", username);
    fields.put("login:password", password);
    fields.put("login:submit", "");
    Answer posted = send(post("/login.xhtml", fields));
    if (posted.status() != 302 || posted.location() == null || posted.location().contains("login")) {
      return new Answer(posted.status() == 302 ? 401 : posted.status(), posted.body(), posted.ms(), posted.location());
    }
    URI to = URI.create(posted.location());
    Answer landing = get(to.getRawPath() + (to.getRawQuery() == null ? "" : "?" + to.getRawQuery()));
    return new Answer(landing.status(), landing.body(), posted.ms() + landing.ms(), null);
  }

  /** The form's current fields, as the browser would send them (jsoup's form serialisation). */
  static Map<String, String> fields(Document doc, String formId) {
    FormElement form = (FormElement) doc.getElementById(formId);
    if (form == null) {
      throw new IllegalStateException("no form " + formId + " on the page");
    }
    return form.formData().stream().collect(Collectors.toMap(k -> k.key(), k -> k.value(), (a, b) -> b, LinkedHashMap::new));
  }

  /**
   * A PrimeFaces ajax button on a page: the form's fields, the source button, and what the button
   * itself asks to execute and render, read from its script as the browser reads it ({@code p:} and
   * {@code u:} of {@code PrimeFaces.ab}; an {@code @(selector)} becomes the ids it selects on the page).
   */
  Answer ajax(String path, Map<String, String> fields, Document page, String source) throws IOException, InterruptedException {
    Element button = page.getElementById(source);
    if (button == null) {
      throw new IllegalStateException("no button " + source + " on the page");
    }
    String script = button.attr("data-pfconfirmcommand") + " " + button.attr("onclick");
    String form = button.closest("form").id();
    Map<String, String> body = new LinkedHashMap<>();
    body.put("jakarta.faces.partial.ajax", "true");
    body.put("jakarta.faces.source", source);
    body.put("jakarta.faces.partial.execute", targets(page, option(script, "p"), form, source));
    body.put("jakarta.faces.partial.render", targets(page, option(script, "u"), form, source));
    body.put(source, source);
    body.putAll(fields);
    Answer answer = send(post(path, body).header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest"));
    Matcher m = PARTIAL_VIEW_STATE.matcher(answer.body());
    if (m.find()) {
      fields.put("jakarta.faces.ViewState", m.group(1));
    }
    return answer;
  }

  private static String option(String script, String name) {
    Matcher m = Pattern.compile("[{,]" + name + ":\"([^\"]*)\"").matcher(script);
    return m.find() ? m.group(1) : null;
  }

  /** PrimeFaces' client-side resolution: @form and @this by name, @(selector) by the page's elements, ids as they are. */
  private static String targets(Document page, String expression, String form, String source) {
    if (expression == null) {
      return "@this"; // PrimeFaces' default: process the source, render nothing
    }
    StringBuilder ids = new StringBuilder();
    Matcher m = Pattern.compile("@\\(([^)]*)\\)|(\\S+)").matcher(expression);
    while (m.find()) {
      if (m.group(1) != null) {
        page.select(m.group(1)).forEach(e -> ids.append(' ').append(e.id()));
      } else {
        ids.append(' ').append(switch (m.group(2)) {
          case "@form" -> form;
          case "@this" -> source;
          default -> m.group(2);
        });
      }
    }
    return ids.toString().strip();
  }

  private HttpRequest.Builder post(String path, Map<String, String> fields) {
    String form = fields.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    return HttpRequest.newBuilder(uris.apply(path)).header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
        .POST(HttpRequest.BodyPublishers.ofString(form));
  }

  private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
    long t0 = System.nanoTime();
    HttpResponse<String> r = http.send(request.timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
    double ms = (System.nanoTime() - t0) / 1e6;
    return new Answer(r.statusCode(), r.body(), ms, r.headers().firstValue("Location").orElse(null));
  }
}
