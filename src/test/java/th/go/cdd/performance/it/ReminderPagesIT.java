package th.go.cdd.performance.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The reminder pages in a real browser: the header count and the notifications page of the staff
 * member reminded, the officer's nudge page, the administrator's outbox and holidays pages, and
 * that the administrator's pages refuse an officer.
 */
class ReminderPagesIT extends BrowserTestBase {
  ReminderPagesIT() {
    super("reminders");
  }

  @Deployment
  static WebArchive deployment() {
    return Deployments.productWithFixture(ReminderPagesIT.class);
  }

  @Test
  void theRemindedStaffMemberSeesTheCountReadsTheNoticeAndTheCountDrops() throws IOException {
    JsonObject who = fixture();
    login(who.getString("staff"));
    WebElement count = driver.findElement(By.id("headerForm:notificationCount"));
    assertThat(count.getText().strip()).isEqualTo("1");
    count.click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notifications:rows")));
    assertThat(driver.findElement(By.id("notifications:rows")).getText()).contains("จังหวัดแจ้งเตือน");
    phoneScreen();
    try {
      assertThat(horizontalOverflow()).as("notifications overflow a phone screen by px").isLessThanOrEqualTo(0);
    } finally {
      desktopScreen();
    }
    WebElement markRead = driver.findElement(By.id("notifications:rows:0:markRead"));
    markRead.click();
    wait.until(d -> d.findElement(By.id("headerForm:notificationCount")).getText().strip().equals("0"));
    assertThat(driver.findElements(By.id("notifications:rows:0:markRead"))).isEmpty();
    assertThat(driver.findElements(By.id("navOutbox"))).as("no outbox for staff").isEmpty();
  }

  @Test
  void theOfficerNudgesTheirOwnProvinceAndCannotOpenTheAdministratorsPages() throws IOException {
    JsonObject who = fixture();
    login(who.getString("officer"));
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
    JsonObject who = fixture();
    login(who.getString("admin"));
    driver.findElement(By.id("navOutbox")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("outbox:rows")));
    WebElement rows = driver.findElement(By.id("outbox:rows"));
    driver.findElement(By.id("outbox:recipient")).sendKeys(who.getString("staff"));
    wait.until(ExpectedConditions.stalenessOf(rows));
    browser.waitForAjax();
    assertThat(driver.findElement(By.id("outbox:rows")).getText()).contains(who.getString("staff")).doesNotContain(who.getString("officer"));
    driver.findElement(By.cssSelector("[id$=':retry']")).click();
    browser.waitForAjax();
    assertThat(driver.findElement(By.id("messages")).getText()).contains("ส่งอีเมลนี้อีกครั้ง");

    driver.findElement(By.id("navHolidays")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("holidays:list")));
    assertThat(driver.findElement(By.id("holidays:list")).getText()).contains("วันสงกรานต์");
    java.util.concurrent.ThreadLocalRandom r = java.util.concurrent.ThreadLocalRandom.current();
    String day = String.format("%02d/%02d/%d", r.nextInt(1, 29), r.nextInt(1, 13), r.nextInt(2580, 2690));
    driver.findElement(By.id("holidays:date")).sendKeys(day);
    driver.findElement(By.id("holidays:nameTh")).sendKeys("วันทดสอบ " + who.getString("admin"));
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

  /** The reminder fixture's officer, reminded staff member and administrator, by name. */
  private JsonObject fixture() throws IOException {
    return json(fixture("it-reminder-fixture?prefix=q" + UUID.randomUUID().toString().substring(0, 8)));
  }
}
