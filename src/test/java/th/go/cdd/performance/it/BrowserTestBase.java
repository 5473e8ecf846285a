package th.go.cdd.performance.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What every browser test does the same way: one headless Chromium per test class, the deployed
 * application's address, signing in and out through the login page, fixtures fetched from the
 * test's fixture servlet, and the last page of each test kept as evidence in target/browser-it.
 * Subclasses add their {@code @Deployment} and their pages' own steps.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class BrowserTestBase {
  protected static Chromium browser;
  protected static WebDriver driver;
  protected static WebDriverWait wait;

  @ArquillianResource protected URL base;

  private final String evidence;

  /** @param evidence how the files kept after each test start, e.g. "roster" for target/browser-it/roster-last-*.html */
  protected BrowserTestBase(String evidence) {
    this.evidence = evidence;
  }

  @BeforeAll
  static void startBrowser() throws IOException {
    browser = Chromium.start();
    driver = browser.driver();
    wait = browser.waiting();
  }

  @AfterAll
  static void stopBrowser() throws IOException {
    if (browser != null) {
      browser.stop();
    }
    browser = null;
    driver = null;
    wait = null;
  }

  /** The page the test ended on, kept to read a failure by; then the desktop size again for the next test. */
  @AfterEach
  void keepTheLastPage(TestInfo info) {
    dump(evidence + "-last-" + info.getTestMethod().map(m -> m.getName()).orElse("test"));
    if (driver != null) {
      desktopScreen();
    }
  }

  // ---------------------------------------------------------------- addresses and fixtures

  protected String url(String path) {
    String b = base.toExternalForm();
    return (b.endsWith("/") ? b : b + "/") + path;
  }

  /** A test fixture servlet's answer (its path and query, e.g. "it-fixture?prefix=b1"), stripped; it must answer 200. */
  protected String fixture(String pathAndQuery) throws IOException {
    HttpURLConnection c = (HttpURLConnection) new URL(url(pathAndQuery)).openConnection();
    c.setConnectTimeout(30_000);
    c.setReadTimeout(180_000);
    assertThat(c.getResponseCode()).as("fixture servlet").isEqualTo(200);
    try (InputStream in = c.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    }
  }

  /** A fixture's answer in JSON (see {@link #fixture}): its fields by name. */
  protected static JsonObject json(String answer) {
    try (JsonReader reader = Json.createReader(new StringReader(answer))) {
      return reader.readObject();
    }
  }

  /**
   * Fetches a download link over HTTP, with or without the browser's session cookie: the file's
   * bytes as ISO-8859-1 text, or "HTTP <status>" when it is not served.
   */
  protected String download(String href, boolean withSession) throws IOException {
    HttpURLConnection c = (HttpURLConnection) new URL(href).openConnection();
    c.setInstanceFollowRedirects(false);
    if (withSession) {
      c.setRequestProperty("Cookie", "JSESSIONID=" + driver.manage().getCookieNamed("JSESSIONID").getValue());
    }
    if (c.getResponseCode() != 200) {
      return "HTTP " + c.getResponseCode();
    }
    assertThat(c.getHeaderField("Content-Disposition")).startsWith("attachment");
    try (InputStream in = c.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }

  /** Fetches the href of the page's link with this text, as {@link #download(String, boolean)}. */
  protected String downloadLink(String linkText, boolean withSession) throws IOException {
    return download(driver.findElement(By.linkText(linkText)).getAttribute("href"), withSession);
  }

  // ---------------------------------------------------------------- signing in and out

  /** A fresh login page: no cookie of an earlier sign-in left. */
  protected void openLoginPage() {
    driver.manage().deleteAllCookies();
    driver.get(url("login.xhtml"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
  }

  /** Fills the open login page and sends it; returns once the page has been left (or redrawn with an error). */
  protected void submitLogin(String username, String password) {
    WebElement user = driver.findElement(By.id("login:username"));
    user.clear();
    user.sendKeys(username);
    WebElement pass = driver.findElement(By.id("login:password"));
    pass.clear();
    pass.sendKeys(password);
    WebElement button = driver.findElement(By.id("login:submit"));
    button.click();
    wait.until(replaced(button));
  }

  /** Signs in from a fresh login page; where it leads (the inbox, the password page, an error) is the caller's to wait for. */
  protected void signIn(String username, String password) {
    openLoginPage();
    submitLogin(username, password);
  }

  /** Signs in with the test password and waits for the inbox. */
  protected void login(String username) {
    signIn(username, ItFixture.PASSWORD);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("inbox")));
  }

  protected void logout() {
    driver.findElement(By.id("headerForm:logout")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
  }

  // ---------------------------------------------------------------- the window

  /** A phone-sized window until {@link #desktopScreen()} or the end of the test. */
  protected void phoneScreen() {
    driver.manage().window().setSize(Chromium.PHONE);
  }

  protected void desktopScreen() {
    driver.manage().window().setSize(Chromium.DESKTOP);
  }

  /** How far the page is wider than the window, in px (0 or less: no sideways scrolling). */
  protected long horizontalOverflow() {
    return (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
  }

  /**
   * The element has left the page (replaced by a navigation or an ajax update). Chromium sometimes
   * answers "node does not belong to the document" instead of a stale-element error: same meaning.
   */
  protected static ExpectedCondition<Boolean> replaced(WebElement element) {
    return d -> {
      try {
        element.isEnabled();
        return false;
      } catch (StaleElementReferenceException e) {
        return true;
      } catch (WebDriverException e) {
        return e.getMessage() != null && e.getMessage().contains("does not belong to the document");
      }
    };
  }

  // ---------------------------------------------------------------- evidence

  /** The window as a picture, target/browser-it/name.png. */
  protected static void screenshot(String name) {
    if (driver == null) {
      return;
    }
    try {
      Path png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(png, evidenceFolder().resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (RuntimeException | IOException e) {
      // evidence only: never hide the test's own failure
    }
  }

  /** The page's source and a picture of it, target/browser-it/name.html and .png. */
  protected static void dump(String name) {
    if (driver == null) {
      return;
    }
    try {
      Files.writeString(evidenceFolder().resolve(name + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
    } catch (RuntimeException | IOException e) {
      // evidence only: never hide the test's own failure
    }
    screenshot(name);
  }

  private static Path evidenceFolder() throws IOException {
    return Files.createDirectories(Paths.get("target", "browser-it"));
  }
}
