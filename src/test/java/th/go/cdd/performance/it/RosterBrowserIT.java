package th.go.cdd.performance.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * In a headless browser: an administrator uploads a roster CSV, reads the changes, imports, sees
 * the one-time passwords; a new staff member signs in with theirs and is made to choose a password
 * before reaching their inbox.
 */
class RosterBrowserIT extends BrowserTestBase {
  RosterBrowserIT() {
    super("roster");
  }

  @Deployment
  static WebArchive deployment() {
    return Deployments.productWithFixture(RosterBrowserIT.class);
  }

  @Test
  void anAdministratorImportsARosterAndANewUserMustChooseAPasswordAtFirstLogin() throws IOException {
    String prefix = "rb" + UUID.randomUUID().toString().substring(0, 6);
    String admin = json(fixture("it-roster-fixture?prefix=" + prefix)).getString("admin");
    String staff = prefix + "-S1";
    Path csv = Files.createTempFile("roster-", ".csv");
    Files.writeString(csv, "\uFEFF" + RosterIT.file(prefix, prefix + "G1", ""), StandardCharsets.UTF_8);
    try {
      login(admin);
      driver.get(url("app/roster.xhtml"));
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("roster:program")));
      driver.findElement(By.id("roster:program")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("roster:program_items")));
      driver.findElements(By.cssSelector("[id='roster:program_items'] li")).stream()
          .filter(li -> li.getText().contains(prefix)).findFirst().orElseThrow().click();
      browser.waitForAjax();
      driver.findElement(By.cssSelector("[id='roster:file'] input[type=file]")).sendKeys(csv.toAbsolutePath().toString());
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("roster:changeTable")));
      // unchanged / added / updated / closed: the test database's other roster people of the province are closed
      assertThat(driver.findElement(By.id("summary")).getText()).containsPattern(": 0 / 6 / 0 / \\d+$");
      screenshot("roster-preview");
      driver.findElement(By.id("roster:import")).click();
      wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"))).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("roster:passwordTable")));
      assertThat(driver.findElement(By.id("messages")).getText()).contains("ไม่เปลี่ยนแปลง 0 เพิ่มใหม่ 6 แก้ไข 0");
      WebElement row = driver.findElements(By.cssSelector("[id='roster:passwordTable_data'] > tr")).stream()
          .filter(tr -> tr.getText().contains(staff)).findFirst().orElseThrow();
      String oneTime = row.findElement(By.tagName("code")).getText().strip();
      assertThat(oneTime).hasSize(12);
      screenshot("roster-passwords");

      signIn(staff, oneTime);
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password:current")));
      assertThat(driver.findElement(By.id("forced")).getText()).contains("รหัสผ่านใช้ครั้งเดียว");
      driver.get(url("app/inbox.xhtml"));
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password:current")));
      assertThat(driver.getCurrentUrl()).as("every page leads to the password page").contains("password.xhtml");

      browser.type(By.id("password:current"), oneTime);
      browser.type(By.id("password:chosen"), "short");
      browser.type(By.id("password:confirmation"), "short");
      driver.findElement(By.id("password:change")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "อย่างน้อย 10 ตัวอักษร"));

      browser.type(By.id("password:current"), oneTime);
      browser.type(By.id("password:chosen"), "รหัสผ่านของฉันเอง");
      browser.type(By.id("password:confirmation"), "รหัสผ่านของฉันเอง");
      driver.findElement(By.id("password:change")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("inbox")));
      assertThat(driver.findElement(By.id("messages")).getText()).contains("เปลี่ยนรหัสผ่านแล้ว");

      signIn(staff, "รหัสผ่านของฉันเอง");
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("inbox")));
    } finally {
      Files.deleteIfExists(csv);
    }
  }
}
