package th.go.cdd.performance.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.time.LocalDate;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import th.go.cdd.performance.shared.ThaiDates;

/**
 * The administration pages in a headless browser: an officer signs a province's approved reports
 * from one list on a phone-width screen; an administrator ends a participation and finds it in the
 * audit log; a group director is refused the administrators' pages.
 */
class AdministrationBrowserIT extends BrowserTestBase {
  AdministrationBrowserIT() {
    super("admin");
  }

  @Deployment
  static WebArchive deployment() {
    return Deployments.productWithFixture(AdministrationBrowserIT.class);
  }

  @Test
  void onAPhoneAnOfficerSignsAllApprovedReportsFromOneListAfterOneConfirmation() throws IOException {
    String[] o = office(2);
    phoneScreen();
    login(o[0]);
    driver.get(url("app/bulk-sign.xhtml"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("bulk:candidates")));
    // the province's list may hold other offices' reports too: choose this office's two
    java.util.List<WebElement> mine = driver.findElements(By.cssSelector("[id='bulk:candidates_data'] > tr")).stream()
        .filter(tr -> tr.getText().contains(o[4])).toList();
    assertThat(mine).hasSize(2);
    assertThat(driver.findElement(By.id("bulk:sign")).isEnabled()).as("nothing chosen yet").isFalse();
    for (int i = 0; i < 2; i++) {
      WebElement row = driver.findElements(By.cssSelector("[id='bulk:candidates_data'] > tr")).stream()
          .filter(tr -> tr.getText().contains(o[4])).toList().get(i);
      row.findElement(By.cssSelector(".ui-chkbox-box")).click();
      browser.waitForAjax();
    }
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("bulk:review"), "เลือกแล้ว 2 รายงาน"));
    browser.waitForAjax();
    assertThat(horizontalOverflow()).as("no sideways scrolling at 390 px").isLessThanOrEqualTo(0);
    screenshot("admin-bulk-sign-phone");
    wait.until(ExpectedConditions.elementToBeClickable(By.id("bulk:sign"))).click();
    WebElement yes = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")));
    assertThat(driver.findElement(By.cssSelector(".ui-confirm-dialog .ui-confirm-dialog-message")).getText()).contains("(2)");
    yes.click();

    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("bulk:outcomes")));
    assertThat(driver.findElements(By.cssSelector("[id='bulk:outcomes_data'] > tr")))
        .hasSize(2).allSatisfy(tr -> assertThat(tr.getText()).contains(o[4]).contains("ลงนามแล้ว"));
    assertThat(driver.findElement(By.id("messages")).getText()).contains("ลงนามสำเร็จ 2 รายงาน ไม่สำเร็จ 0 รายงาน");
    assertThat(driver.findElement(By.id("bulk:candidates")).getText()).as("signed reports leave the list").doesNotContain(o[4]);
  }

  @Test
  void anAdministratorEndsAParticipationWithAReasonAndFindsItInTheAuditLog() throws IOException {
    String[] o = office(1);
    String admin = o[2];
    String leaver = o[3];
    login(admin);

    // from the report page: give the officers' waiting task to this office's officer alone
    driver.get(url("app/report.xhtml?id=" + o[5]));
    wait.until(ExpectedConditions.elementToBeClickable(By.id("reassign"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reassign:toChoice")));
    // the province's officers are many in a shared test database: choose as the menu's filter would
    ((JavascriptExecutor) driver).executeScript("PF('toChoice').selectValue(arguments[0]);", o[0]);
    assertThat(driver.findElement(By.id("reassign:toChoice_label")).getText()).contains(o[0]);
    browser.type(By.id("reassign:reason"), "พัฒนาการจังหวัดรับผิดชอบโดยตรง " + o[4]);
    driver.findElement(By.id("reassign:doReassign")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"))).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "มอบงานแล้ว 1 รายการ"));

    driver.get(url("app/admin-actions.xhtml"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("endParticipation:leaver")));
    screenshot("admin-actions");

    browser.type(By.id("endParticipation:leaver"), leaver);
    browser.type(By.id("endParticipation:lastDay"), ThaiDates.format(LocalDate.now(ThaiDates.BANGKOK)));
    driver.findElement(By.id("endParticipation:doEnd")).click();
    WebElement yes = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")));
    yes.click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "กรุณาระบุเหตุผล"));

    browser.type(By.id("endParticipation:reason"), "สิ้นสุดสัญญาจ้างก่อนกำหนด " + o[4]);
    driver.findElement(By.id("endParticipation:doEnd")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"))).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "บันทึกการสิ้นสุดการปฏิบัติงานของ " + leaver + " แล้ว"));

    driver.get(url("app/audit.xhtml"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("audit:text")));
    driver.findElement(By.id("audit:text")).sendKeys(o[4]);
    // the end of participation, the closing of the leaver's account it brings, and the reassignment
    wait.until(d -> d.findElements(By.cssSelector("[id='audit:entries_data'] > tr")).size() == 3
        && d.findElement(By.id("audit:entries_data")).getText().contains("สิ้นสุดการปฏิบัติงาน")
        && d.findElement(By.id("audit:entries_data")).getText().contains("ปิดบัญชีผู้ใช้")
        && d.findElement(By.id("audit:entries_data")).getText().contains("มอบงานให้ผู้อื่น"));
    assertThat(driver.findElement(By.id("audit:entries_data")).getText()).contains("สิ้นสุดสัญญาจ้างก่อนกำหนด").contains(admin);

    driver.get(url("app/substitutes.xhtml"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("substitutes:principal")));
  }

  @Test
  void aGroupDirectorIsRefusedTheAdministratorsPagesAndTheAuditLog() throws IOException {
    String[] o = office(1);
    login(o[1]);
    driver.get(url("app/admin-actions.xhtml"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "ไม่มีสิทธิ์"));
    assertThat(driver.findElements(By.id("extend:newDue"))).isEmpty();
    driver.get(url("app/audit.xhtml"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "ไม่มีสิทธิ์"));
    assertThat(driver.findElements(By.id("audit:entries"))).isEmpty();
    driver.get(url("app/bulk-sign.xhtml"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "ไม่มีสิทธิ์"));
    driver.get(url("app/substitutes.xhtml"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("substitutes:substitute")));
    assertThat(driver.findElements(By.id("substitutes:principal"))).as("a director manages only their own").isEmpty();
  }

  @Test
  void aGroupDirectorNamesASubstituteForTheirLeaveAndCancelsIt() throws IOException {
    String[] mine = office(1);
    String[] colleague = office(1);
    String today = ThaiDates.format(LocalDate.now(ThaiDates.BANGKOK));
    login(mine[1]);
    driver.get(url("app/substitutes.xhtml"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("substitutes:substitute")));
    assertThat(driver.findElement(By.id("substitutes:current")).getText()).contains("ยังไม่มีผู้ปฏิบัติหน้าที่แทน");

    ((JavascriptExecutor) driver).executeScript("PF('substituteChoice').selectValue(arguments[0]);", colleague[1]);
    browser.type(By.id("substitutes:from"), today);
    browser.type(By.id("substitutes:to"), today);
    browser.type(By.id("substitutes:reason"), "ลาพักผ่อน " + mine[4]);
    driver.findElement(By.id("substitutes:name")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"))).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "แต่งตั้งผู้ปฏิบัติหน้าที่แทนแล้ว"));
    assertThat(driver.findElement(By.id("substitutes:current")).getText()).contains("ผู้อำนวยการ" + colleague[4]).contains(today);

    driver.findElement(By.cssSelector("[id$=':cancel']")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("substitutes:cancelReason")));
    browser.waitForAjax();
    browser.type(By.id("substitutes:cancelReason"), "ยกเลิกการลา");
    driver.findElement(By.id("substitutes:confirmCancel")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "ยกเลิกผู้ปฏิบัติหน้าที่แทนแล้ว"));
    assertThat(driver.findElement(By.id("substitutes:current")).getText()).contains("ยังไม่มีผู้ปฏิบัติหน้าที่แทน");
  }

  // ---------------------------------------------------------------- helpers

  /** officer, director, admin, first staff member, prefix, first report id. */
  private String[] office(int staff) throws IOException {
    String prefix = "ab" + UUID.randomUUID().toString().substring(0, 8);
    JsonObject o = json(fixture("it-admin-fixture?prefix=" + prefix + "&staff=" + staff));
    return new String[] {o.getString("officer"), o.getString("director"), o.getString("admin"), o.getJsonArray("staff").getString(0), prefix,
        o.getJsonArray("reports").getJsonNumber(0).toString()};
  }
}
