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
 * The circular and orientation in headless Chromium at phone width: the staff member reads the
 * circular and downloads its attachment from the inbox, acknowledges it, checks in (agenda and Zoom
 * link shown), follows the QR link to their own report; the administrator downloads a poster.
 */
class OrientationBrowserIT extends BrowserTestBase {
  OrientationBrowserIT() {
    super("orientation");
  }

  @Deployment
  static WebArchive deployment() {
    return Deployments.productWithFixture(OrientationBrowserIT.class);
  }

  @Test
  void staffAcknowledgesTheCircularAndChecksInFromTheInboxThenTheQrLinkOpensTheirReportAndTheAdministratorDownloadsAPoster()
      throws IOException {
    JsonObject f = staffWithACircular("w" + UUID.randomUUID().toString().substring(0, 8));
    String staff = f.getString("staff");
    long reportId = f.getJsonNumber("reportId").longValueExact();
    String programCode = f.getString("programCode");

    login(staff);
    WebElement circular = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("task-acknowledgeCircular")));
    assertThat(circular.getText()).contains("มท ๐๔๐๒.๒/ว ๒๕๗๓").contains("ประชุมชี้แจงพนักงานราชการเฉพาะกิจ").contains("10/09/2564");
    dump("orientation-inbox-circular");
    assertThat(downloadLink("กำหนดการประชุม.pdf", true)).startsWith("%PDF-1.4");
    assertThat(downloadLink("กำหนดการประชุม.pdf", false)).doesNotContain("%PDF");
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
    assertThat(download(poster.getAttribute("href"), true)).startsWith("%PDF");
    driver.get(url("app/attendance.xhtml"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("attendance")));
    dump("orientation-attendance");
    logout();
  }

  /** {"staff": the staff member, "reportId": their report's id, "programCode": the program's code}. */
  private JsonObject staffWithACircular(String prefix) throws IOException {
    JsonObject f = json(fixture("it-orientation-fixture?prefix=" + prefix));
    assertThat(f).hasSize(3);
    return f;
  }
}
