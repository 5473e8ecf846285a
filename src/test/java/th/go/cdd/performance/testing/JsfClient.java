package th.go.cdd.performance.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;

/**
 * One browser over plain HTTP, for the tests, the chaos runs and the benchmarks: its own cookies
 * (the session), pages fetched, JSF forms posted as the browser posts them (the form's fields with
 * the page's view state, and for a PrimeFaces ajax button the partial-request parameters and
 * headers), the sign-in through the login form. Redirects are answered, not followed, unless asked
 * ({@link #follow}): where a page sends the user is often what a test looks at. Each request is
 * timed.
 *
 * <p>Paths are relative to the application's root ("login.xhtml", "app/inbox.xhtml?x=1"; a leading
 * slash is allowed) and are sent as written, not normalised: a test may mean a path with "..".
 */
public final class JsfClient {
  public static final String VIEW_STATE = "jakarta.faces.ViewState";
  private static final Pattern PAGE_VIEW_STATE = Pattern.compile("jakarta\\.faces\\.ViewState:\\d+\" value=\"([^\"]+)\"");
  private static final Pattern PARTIAL_VIEW_STATE = Pattern.compile("jakarta\\.faces\\.ViewState:\\d+\"><!\\[CDATA\\[([^\\]]+)\\]\\]>");

  /** A response: status, body and headers as {@link HttpResponse} names them, and the milliseconds it took. */
  public record Answer(int statusCode, String body, HttpHeaders headers, double ms) {
    public boolean ok() {
      return statusCode == 200;
    }

    /** Where a redirect sends the browser, or null. */
    public String location() {
      return headers.firstValue("Location").orElse(null);
    }

    /** The answer to a sign-in that succeeded: a redirect away from the login page. */
    public boolean signedIn() {
      return statusCode == 302 && location() != null && !location().contains("login.xhtml");
    }

    /** Whether the user would see an error: an error status, a Faces error message or error page, or a partial response's error. */
    public boolean showsAnError() {
      return statusCode >= 400 || body.contains("ui-messages-error") || body.contains("<error>") || body.contains("id=\"errorPage\"");
    }

    @Override
    public String toString() {
      return "HTTP " + statusCode + (location() == null ? "" : " -> " + location()) + ": " + (body.length() > 200 ? body.substring(0, 200) + "…" : body);
    }
  }

  private final String root;
  private final HttpClient http;
  private final CookieManager cookies;
  private final Map<String, String> headers;
  private final Duration timeout;

  private JsfClient(Builder b) {
    this.root = b.root.endsWith("/") ? b.root : b.root + "/";
    this.cookies = b.cookies;
    this.headers = Map.copyOf(b.headers);
    this.timeout = b.timeout;
    HttpClient.Builder http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(b.connectTimeout);
    this.http = (cookies == null ? http : http.cookieHandler(cookies)).build();
  }

  /** A client of the application at this root ("http://host:port/" or with a context path), to be configured. */
  public static Builder at(String root) {
    return new Builder(root);
  }

  public static Builder at(URL root) {
    return at(root.toExternalForm());
  }

  public static Builder at(URI root) {
    return at(root.toString());
  }

  /** Configuration of one client: every option has a default fit for a test. */
  public static final class Builder {
    private final String root;
    private CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final Map<String, String> headers = new LinkedHashMap<>();
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration timeout = Duration.ofSeconds(120);

    private Builder(String root) {
      this.root = root;
    }

    /** The browser's cookie jar, to read its cookies afterwards or to start with some (a device cookie kept from yesterday). */
    public Builder cookies(CookieManager jar) {
      this.cookies = jar;
      return this;
    }

    /** A client that keeps no cookie: one that names a session in its own Cookie header, or a stranger's. */
    public Builder withoutCookies() {
      this.cookies = null;
      return this;
    }

    /** A header the browser sends with every request (its language, or the address a proxy names for it). */
    public Builder header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    public Builder connectTimeout(Duration d) {
      this.connectTimeout = d;
      return this;
    }

    /** How long one request may take to be answered. */
    public Builder timeout(Duration d) {
      this.timeout = d;
      return this;
    }

    public JsfClient build() {
      return new JsfClient(this);
    }
  }

  // ------------------------------------------------------------------ requests

  public URI uri(String path) {
    return URI.create(root + (path.startsWith("/") ? path.substring(1) : path));
  }

  /** A request to the path with the browser's headers, to add to (a method, a header) and {@link #send}. */
  public HttpRequest.Builder request(String path) {
    HttpRequest.Builder r = HttpRequest.newBuilder(uri(path)).timeout(timeout);
    headers.forEach(r::header);
    return r;
  }

  public Answer get(String path) throws IOException, InterruptedException {
    return send(request(path).GET());
  }

  /** Follows a redirect with a GET, as the browser does; any other answer is answered as it is. */
  public Answer follow(Answer answer) throws IOException, InterruptedException {
    if (answer.statusCode() / 100 != 3 || answer.location() == null) {
      return answer;
    }
    URI to = uri("/").resolve(answer.location());
    Answer next = send(request("/").uri(to).GET());
    return new Answer(next.statusCode(), next.body(), next.headers(), answer.ms() + next.ms());
  }

  /** Posts nothing: an action named by its address alone (a test fixture's). */
  public Answer post(String path) throws IOException, InterruptedException {
    return send(request(path).POST(HttpRequest.BodyPublishers.noBody()));
  }

  /** Posts the fields as a form (application/x-www-form-urlencoded, UTF-8), in the map's order. */
  public Answer post(String path, Map<String, String> fields) throws IOException, InterruptedException {
    return send(request(path).header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
        .POST(HttpRequest.BodyPublishers.ofString(encode(fields))));
  }

  /** Posts the fields as PrimeFaces' ajax does: a Faces partial request, answered with a partial response. */
  public Answer postPartial(String path, Map<String, String> fields) throws IOException, InterruptedException {
    return send(request(path).header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8").header("Faces-Request", "partial/ajax")
        .header("X-Requested-With", "XMLHttpRequest").POST(HttpRequest.BodyPublishers.ofString(encode(fields))));
  }

  public Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
    long t0 = System.nanoTime();
    HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return answer(r, t0);
  }

  /** The same without waiting: for a request the test means to hold open while it does other things. */
  public CompletableFuture<Answer> sendAsync(HttpRequest.Builder request) {
    long t0 = System.nanoTime();
    return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).thenApply(r -> answer(r, t0));
  }

  private static Answer answer(HttpResponse<String> r, long t0) {
    return new Answer(r.statusCode(), r.body(), r.headers(), (System.nanoTime() - t0) / 1e6);
  }

  /** The browser's cookie jar (null for a client {@link Builder#withoutCookies() without one}). */
  public CookieManager cookies() {
    return cookies;
  }

  public Optional<HttpCookie> cookie(String name) {
    return cookies == null ? Optional.empty() : cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).findFirst();
  }

  // ------------------------------------------------------------------ JSF forms

  /** The view state of a page, or of a partial response (which carries the next one); empty when there is none. */
  public static Optional<String> findViewState(String page) {
    Matcher m = PAGE_VIEW_STATE.matcher(page);
    if (m.find()) {
      return Optional.of(m.group(1).replace("&#58;", ":").replace("&amp;", "&"));
    }
    Matcher partial = PARTIAL_VIEW_STATE.matcher(page);
    return partial.find() ? Optional.of(partial.group(1)) : Optional.empty();
  }

  public static String viewState(String page) {
    return findViewState(page).orElseThrow(() -> new IllegalStateException("no view state on the page"));
  }

  /** The form's current fields, as the browser would send them (jsoup's form serialisation; no button). */
  public static Map<String, String> fields(String page, String formId) {
    return fields(Jsoup.parse(page), formId);
  }

  public static Map<String, String> fields(Document page, String formId) {
    FormElement form = page.getElementById(formId) instanceof FormElement f ? f : null;
    if (form == null) {
      throw new IllegalStateException("no form " + formId + " on the page");
    }
    return form.formData().stream().collect(Collectors.toMap(k -> k.key(), k -> k.value(), (a, b) -> b, LinkedHashMap::new));
  }

  /**
   * Posts the form of a page already opened, as its button does without ajax: to the page's address
   * without its query, with the form's id, the fields given and the page's view state. A page
   * without a view state (refused, or sent elsewhere) is the answer itself.
   */
  public Answer submit(String path, Answer page, String formId, Map<String, String> fields) throws IOException, InterruptedException {
    Optional<String> viewState = findViewState(page.body());
    if (page.statusCode() != 200 || viewState.isEmpty()) {
      return page;
    }
    Map<String, String> form = new LinkedHashMap<>();
    form.put(formId, formId);
    form.putAll(fields);
    form.put(VIEW_STATE, viewState.get());
    return post(path.split("\\?")[0], form);
  }

  /** Opens the page and posts its form: {@link #submit(String, Answer, String, Map)}. */
  public Answer submit(String path, String formId, Map<String, String> fields) throws IOException, InterruptedException {
    return submit(path, get(path), formId, fields);
  }

  /**
   * A PrimeFaces ajax button on a page: the form's fields, the source button, and what the button
   * itself asks to execute and render, read from its script as the browser reads it ({@code p:} and
   * {@code u:} of {@code PrimeFaces.ab}; an {@code @(selector)} becomes the ids it selects on the
   * page). The partial response's view state replaces the one in the fields, for the next post.
   */
  public Answer ajax(String path, Map<String, String> fields, Document page, String source) throws IOException, InterruptedException {
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
    Answer answer = postPartial(path, body);
    findViewState(answer.body()).ifPresent(v -> fields.put(VIEW_STATE, v));
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

  // ------------------------------------------------------------------ signing in

  /**
   * One sign-in through the login page as a browser makes it (the page, then its form posted with
   * its view state), answered as it comes: {@link Answer#signedIn() a redirect away from the login
   * page} when it succeeded; the login page itself if it offered no form.
   */
  public Answer signIn(String username, String password) throws IOException, InterruptedException {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("login:username", username);
    fields.put("login:password", password);
    fields.put("login:submit", "");
    return submit("login.xhtml", "login", fields);
  }

  /**
   * Signs in and follows the redirect: the page a signed-in user lands on (the inbox, or the
   * password page after a one-time password), timed from the post. A refused sign-in is answered as
   * the login form answered it, a redirect back to the login page as 401.
   */
  public Answer login(String username, String password) throws IOException, InterruptedException {
    Answer posted = signIn(username, password);
    if (posted.signedIn()) {
      return follow(posted);
    }
    return posted.statusCode() == 302 ? new Answer(401, posted.body(), posted.headers(), posted.ms()) : posted;
  }

  /** Signs in, or fails: for a test whose subject is not the sign-in. */
  public JsfClient loggedIn(String username, String password) throws IOException, InterruptedException {
    Answer a = signIn(username, password);
    if (!a.signedIn()) {
      throw new IllegalStateException("sign-in of " + username + " refused: " + a);
    }
    return this;
  }

  private static String encode(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
