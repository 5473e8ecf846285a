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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The reminder pages in a real browser: the header count and the notifications page of the staff
 * member reminded, the officer's nudge page, the administrator's outbox and holidays pages, and
 * that the administrator's pages refuse an officer.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReminderPagesIT {
  private static final Duration WAIT = Duration.ofSeconds(30);

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.productWithFixture(ReminderPagesIT.class).addClass(ReminderFixtureServlet.class);
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
    dump("reminders-last-" + info.getTestMethod().map(m -> m.getName()).orElse("test"));
  }

  @Test
  void theRemindedStaffMemberSeesTheCountReadsTheNoticeAndTheCountDrops() throws IOException {
    String[] who = fixture();
    login(who[1]);
    WebElement count = driver.findElement(By.id("headerForm:notificationCount"));
    assertThat(count.getText().strip()).isEqualTo("1");
    count.click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notifications:rows")));
    assertThat(driver.findElement(By.id("notifications:rows")).getText()).contains("จังหวัดแจ้งเตือน");
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
    try {
      assertThat(horizontalOverflow()).as("notifications overflow a phone screen by px").isLessThanOrEqualTo(0);
    } finally {
      driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 2000));
    }
    WebElement markRead = driver.findElement(By.id("notifications:rows:0:markRead"));
    markRead.click();
    wait.until(d -> d.findElement(By.id("headerForm:notificationCount")).getText().strip().equals("0"));
    assertThat(driver.findElements(By.id("notifications:rows:0:markRead"))).isEmpty();
    assertThat(driver.findElements(By.id("navOutbox"))).as("no outbox for staff").isEmpty();
  }

  @Test
  void theOfficerNudgesTheirOwnProvinceAndCannotOpenTheAdministratorsPages() throws IOException {
    String[] who = fixture();
    login(who[0]);
    driver.findElement(By.id("navNudge")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("nudge:send")));
    assertThat(driver.findElement(By.id("nudge:province")).getText()).contains("เชียงใหม่");
    driver.findElement(By.id("nudge:send")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
    browser.waitForAjax();
    // the fixture's own late report was nudged already today; other tests' late reports in the province may still be queued
    assertThat(driver.findElements(By.cssSelector("#messages .ui-messages-info"))).as("nudge done").isNotEmpty();
    assertThat(driver.findElements(By.cssSelector("#messages .ui-messages-error"))).isEmpty();

    driver.get(url("app/outbox.xhtml"));
    assertThat(driver.findElements(By.id("outbox"))).isEmpty();
    assertThat(driver.getPageSource()).contains("ไม่มีสิทธิ์");
    driver.get(url("app/holidays.xhtml"));
    assertThat(driver.findElements(By.id("holidays"))).isEmpty();
  }

  @Test
  void theAdministratorSeesTheOutboxRetriesAMessageAndKeepsTheHolidays() throws IOException {
    String[] who = fixture();
    login(who[2]);
    driver.findElement(By.id("navOutbox")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("outbox:rows")));
    WebElement rows = driver.findElement(By.id("outbox:rows"));
    driver.findElement(By.id("outbox:recipient")).sendKeys(who[1]);
    wait.until(ExpectedConditions.stalenessOf(rows));
    browser.waitForAjax();
    assertThat(driver.findElement(By.id("outbox:rows")).getText()).contains(who[1]).doesNotContain(who[0]);
    driver.findElement(By.cssSelector("[id$=':retry']")).click();
    browser.waitForAjax();
    assertThat(driver.findElement(By.id("messages")).getText()).contains("ส่งอีเมลนี้อีกครั้ง");

    driver.findElement(By.id("navHolidays")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("holidays:list")));
    assertThat(driver.findElement(By.id("holidays:list")).getText()).contains("วันสงกรานต์");
    java.util.concurrent.ThreadLocalRandom r = java.util.concurrent.ThreadLocalRandom.current();
    String day = String.format("%02d/%02d/%d", r.nextInt(1, 29), r.nextInt(1, 13), r.nextInt(2580, 2690));
    driver.findElement(By.id("holidays:date")).sendKeys(day);
    driver.findElement(By.id("holidays:nameTh")).sendKeys("วันทดสอบ " + who[2]);
    driver.findElement(By.id("holidays:add")).click();
    browser.waitForAjax();
    assertThat(driver.findElement(By.id("messages")).getText()).contains("เพิ่มวันหยุดแล้ว");
    driver.findElement(By.id("holidays:date")).sendKeys("2026-01-01");
    driver.findElement(By.id("holidays:nameTh")).sendKeys("ผิดรูปแบบ");
    driver.findElement(By.id("holidays:add")).click();
    browser.waitForAjax();
    assertThat(driver.findElement(By.id("messages")).getText()).contains("พุทธศักราช");
  }

  // ---------------------------------------------------------------- helpers

  private String[] fixture() throws IOException {
    String prefix = "q" + UUID.randomUUID().toString().substring(0, 8);
    HttpURLConnection c = (HttpURLConnection) new URL(url("it-reminder-fixture?prefix=" + prefix)).openConnection();
    c.setConnectTimeout(30_000);
    c.setReadTimeout(120_000);
    assertThat(c.getResponseCode()).as("fixture servlet").isEqualTo(200);
    try (InputStream in = c.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip().split(" ");
    }
  }

  private String url(String path) {
    String b = base.toExternalForm();
    return (b.endsWith("/") ? b : b + "/") + path;
  }

  private void login(String username) {
    driver.manage().deleteAllCookies();
    driver.get(url("login.xhtml"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
    driver.findElement(By.id("login:username")).sendKeys(username);
    driver.findElement(By.id("login:password")).sendKeys(ItFixture.PASSWORD);
    driver.findElement(By.id("login:submit")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("headerForm:logout")));
  }

  private long horizontalOverflow() {
    return (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
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
      // evidence only
    }
  }
}
