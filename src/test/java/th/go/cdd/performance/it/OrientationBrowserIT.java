package th.go.cdd.performance.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The circular and orientation in headless Chromium at phone width: the staff member reads the
 * circular and downloads its attachment from the inbox, acknowledges it, checks in (agenda and Zoom
 * link shown), follows the QR link to their own report; the administrator downloads a poster.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrientationBrowserIT {
  private static final String PASSWORD = "demo1234";
  private static final Duration WAIT = Duration.ofSeconds(30);

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.productWithFixture(OrientationBrowserIT.class).addClass(OrientationFixtureServlet.class);
  }

  @ArquillianResource private URL base;

  private static Chromium browser;
  private static WebDriver driver;
  private static WebDriverWait wait;

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
  }

  @AfterEach
  void keepTheLastPage(TestInfo info) {
    dump("orientation-" + info.getTestMethod().map(m -> m.getName()).orElse("test"));
  }

  @Test
  void staffAcknowledgesTheCircularAndChecksInFromTheInboxThenTheQrLinkOpensTheirReportAndTheAdministratorDownloadsAPoster()
      throws IOException {
    String[] f = fixture("w" + UUID.randomUUID().toString().substring(0, 8));
    String staff = f[0];
    String reportId = f[1];
    String programCode = f[2];

    login(staff);
    WebElement circular = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("task-acknowledgeCircular")));
    assertThat(circular.getText()).contains("มท ๐๔๐๒.๒/ว ๒๕๗๓").contains("ประชุมชี้แจงพนักงานราชการเฉพาะกิจ").contains("10/09/2564");
    dump("orientation-inbox-circular");
    assertThat(download("กำหนดการประชุม.pdf", true)).startsWith("%PDF-1.4");
    assertThat(download("กำหนดการประชุม.pdf", false)).doesNotContain("%PDF");
    WebElement button = circular.findElement(By.cssSelector("button[id$='doTask']"));
    button.click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("task-acknowledgeCircular")));

    WebElement checkIn = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("task-checkInOrientation")));
    assertThat(checkIn.getText()).contains("วิสัยทัศน์ พันธกิจ").contains("https://zoom.us/j/987654321");
    dump("orientation-inbox-check-in");
    checkIn.findElement(By.cssSelector("button[id$='doTask']")).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("task-checkInOrientation")));
    assertThat(driver.findElements(By.cssSelector("#messages .ui-messages-error"))).isEmpty();

    driver.get(url("app/submit.xhtml?program=" + programCode + "&round=1"));
    wait.until(d -> d.getCurrentUrl().contains("report.xhtml"));
    assertThat(driver.getCurrentUrl()).endsWith("id=" + reportId);
    logout();

    login("admin");
    driver.get(url("app/circulars.xhtml"));
    WebElement list = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("circulars:list")));
    assertThat(list.getText()).contains("มท ๐๔๐๒.๒/ว ๒๕๗๓");
    list.findElement(By.cssSelector("button[id$='edit']")).click();
    WebElement number = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("circulars:number")));
    assertThat(number.getAttribute("value")).isNotBlank();
    dump("orientation-circulars");
    driver.get(url("app/posters.xhtml"));
    WebElement poster = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("a.poster-link")));
    assertThat(poster.getAttribute("href")).contains("/app/poster?program=");
    dump("orientation-posters");
    assertThat(fetch(poster.getAttribute("href"), true)).startsWith("%PDF");
    driver.get(url("app/attendance.xhtml"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("attendance")));
    dump("orientation-attendance");
    logout();
  }

  private String[] fixture(String prefix) throws IOException {
    HttpURLConnection c = (HttpURLConnection) new URL(url("it-orientation-fixture?prefix=" + prefix)).openConnection();
    c.setConnectTimeout(30_000);
    c.setReadTimeout(120_000);
    assertThat(c.getResponseCode()).as("fixture servlet").isEqualTo(200);
    try (InputStream in = c.getInputStream()) {
      String[] parts = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip().split(" ");
      assertThat(parts).hasSize(3);
      return parts;
    }
  }

  private String download(String linkText, boolean withSession) throws IOException {
    return fetch(driver.findElement(By.linkText(linkText)).getAttribute("href"), withSession);
  }

  private String fetch(String href, boolean withSession) throws IOException {
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

  private String url(String path) {
    String b = base.toExternalForm();
    return (b.endsWith("/") ? b : b + "/") + path;
  }

  private void login(String username) {
    driver.manage().deleteAllCookies();
    driver.get(url("login.xhtml"));
    WebElement user = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
    user.sendKeys(username);
    driver.findElement(By.id("login:password")).sendKeys(PASSWORD);
    driver.findElement(By.id("login:submit")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("inbox")));
  }

  private void logout() {
    driver.findElement(By.id("headerForm:logout")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
  }

  private static void dump(String name) {
    if (driver == null) {
      return;
    }
    try {
      Path dir = Paths.get("target", "browser-it");
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(name + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
      Path png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(png, dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (RuntimeException | IOException e) {
      // evidence only: never hide the test's own failure
    }
  }
}
