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
 * In a headless browser: an administrator copies a program for next year, is refused a round whose
 * dates are out of order and told why, fixes it, saves a KPI, sees the weights' total change as they
 * type and a total other than 100 refused, sets equal weights, and starts the program from the list.
 */
class ProgramSetupBrowserIT extends BrowserTestBase {
  ProgramSetupBrowserIT() {
    super("program-setup");
  }

  @Deployment
  static WebArchive deployment() {
    return Deployments.productWithFixture(ProgramSetupBrowserIT.class);
  }

  @Test
  void anAdministratorCopiesAProgramFixesARoundAndStartsIt() throws IOException {
    String prefix = "pb" + UUID.randomUUID().toString().substring(0, 6);
    JsonObject fixture = json(fixture("it-roster-fixture?prefix=" + prefix));
    String source = fixture.getString("programCode");
    String copy = prefix + "-next";
    login(fixture.getString("admin"));
    driver.findElement(By.id("navPrograms")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("programs:list")));
    row("programs:list", source).findElement(By.cssSelector("[id$=':copy']")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("programs:code")));
    browser.type(By.id("programs:code"), copy);
    browser.type(By.id("programs:nameTh"), "โครงการปีถัดไป " + prefix);
    browser.type(By.id("programs:nameEn"), "Next year " + prefix);
    driver.findElement(By.id("programs:save")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("program:tabs")));
    assertThat(driver.findElement(By.tagName("h2")).getText()).contains(copy);
    screenshot("program-setup-general");

    driver.findElement(By.linkText("รอบการรายงาน")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("program:tabs:roundList:0:editRound"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("program:tabs:roundStart")));
    String start = driver.findElement(By.id("program:tabs:roundStart")).getAttribute("value");
    String end = driver.findElement(By.id("program:tabs:roundEnd")).getAttribute("value");
    browser.type(By.id("program:tabs:roundStart"), end);
    browser.type(By.id("program:tabs:roundEnd"), start);
    driver.findElement(By.id("program:tabs:saveRound")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "รอบที่ 1"));
    assertThat(driver.findElement(By.id("messages")).getText()).contains("ไม่สามารถบันทึกได้").contains("Round 1");
    screenshot("program-setup-round-refused");
    browser.type(By.id("program:tabs:roundStart"), start);
    browser.type(By.id("program:tabs:roundEnd"), end);
    driver.findElement(By.id("program:tabs:saveRound")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "บันทึกแล้ว"));

    driver.findElement(By.linkText("ตัวชี้วัด")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("program:tabs:kpiList:0:editKpi"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("program:tabs:titleTh")));
    assertThat(driver.findElements(By.cssSelector("[id$=':threshold']"))).hasSize(5);
    screenshot("program-setup-kpi");
    driver.findElement(By.id("program:tabs:saveKpi")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "บันทึกแล้ว"));

    driver.findElement(By.linkText("น้ำหนัก")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("program:tabs:weightTotal")));
    assertThat(driver.findElement(By.id("program:tabs:weightTotal")).getText()).contains("100");
    browser.type(By.id("program:tabs:weightList:0:weight"), "20");
    driver.findElement(By.id("program:tabs:weightList:0:weight")).sendKeys(org.openqa.selenium.Keys.TAB);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("program:tabs:weightTotal"), "ยังไม่เท่ากับ 100"));
    screenshot("program-setup-weights");
    browser.waitForAjax();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("program:tabs:saveWeights"))).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "ต้องเท่ากับ 100 พอดี"));
    driver.findElement(By.id("program:tabs:equalWeights")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "บันทึกแล้ว"));
    assertThat(driver.findElement(By.id("program:tabs:weightTotal")).getText()).doesNotContain("ยังไม่เท่ากับ 100");

    driver.get(url("app/programs.xhtml"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("programs:list")));
    row("programs:list", copy).findElement(By.cssSelector("[id$=':start']")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"))).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "เริ่มโครงการแล้ว"));
    assertThat(row("programs:list", copy).getText()).contains("เริ่มแล้ว");
    screenshot("program-setup-started");
  }

  private WebElement row(String table, String text) {
    return driver.findElements(By.cssSelector("[id='" + table + "_data'] > tr")).stream()
        .filter(tr -> tr.getText().contains(text)).findFirst().orElseThrow(() -> new AssertionError("no row with " + text));
  }
}
