package th.go.cdd.performance.it;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, for the browser tests: started with the flags this closed network
 * needs and a fresh profile, which {@link #stop()} deletes.
 */
final class Chromium {
  static final Duration WAIT = Duration.ofSeconds(30);
  /** The size most pages are tried at, and the window's at start. */
  static final Dimension DESKTOP = new Dimension(1280, 2000);
  /** A phone held upright (390 CSS px wide). */
  static final Dimension PHONE = new Dimension(390, 844);

  private final Path profile;
  private final WebDriver driver;

  private Chromium(Path profile, WebDriver driver) {
    this.profile = profile;
    this.driver = driver;
  }

  static Chromium start() throws IOException {
    Path profile = Files.createTempDirectory("chromium-it-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--no-first-run", "--window-size=" + DESKTOP.getWidth() + "," + DESKTOP.getHeight(),
        "--user-data-dir=" + profile.toAbsolutePath());
    // the console, to read what the Content-Security-Policy refused (cspViolations)
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver")))
        .usingAnyFreePort().build();
    return new Chromium(profile, new ChromeDriver(service, options));
  }

  WebDriver driver() {
    return driver;
  }

  /** Waits that look again when an element they read was replaced by an ajax update meanwhile (a stale reference). */
  WebDriverWait waiting() {
    WebDriverWait wait = new WebDriverWait(driver, WAIT);
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    return wait;
  }

  /** Waits until the page has loaded and PrimeFaces has no ajax request queued or running. */
  void waitForAjax() {
    waiting().until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
        "return document.readyState === 'complete'"
            + " && (!window.jQuery || jQuery.active === 0)"
            + " && (!window.PrimeFaces || !PrimeFaces.ajax || !PrimeFaces.ajax.Queue || PrimeFaces.ajax.Queue.isEmpty());"));
  }

  /** Replaces the text of the input once it can be clicked. */
  void type(By by, String value) {
    WebElement input = waiting().until(ExpectedConditions.elementToBeClickable(by));
    input.clear();
    input.sendKeys(value);
  }

  /**
   * What the page's Content-Security-Policy refused since the last call (Chromium reports each
   * refused script, handler, style or connection on the console): a page whose script did not run
   * may still look right.
   */
  List<String> cspViolations() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
        .filter(m -> m.contains("Content Security Policy")).toList();
  }

  void stop() throws IOException {
    try {
      driver.quit();
    } finally {
      try (var files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
