package th.go.cdd.performance.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The whole journey in a real browser (headless Chromium): the staff member fills and submits the
 * report, the group director returns it with a comment, the staff member corrects and resubmits,
 * the director approves and the provincial officer signs. Runs as a client against the deployed WAR.
 */
class BrowserJourneyIT extends BrowserTestBase {
  BrowserJourneyIT() {
    super("journey");
  }

  @Deployment
  static WebArchive deployment() {
    return Deployments.productWithFixture(BrowserJourneyIT.class);
  }

  @AfterEach
  void theContentSecurityPolicyRefusedNothing() {
    assertThat(browser.cspViolations()).as("what the Content-Security-Policy refused on the journey's pages").isEmpty();
  }

  // ---------------------------------------------------------------- the journey

  @Test
  void staffSubmitsDirectorReturnsStaffResubmitsDirectorApprovesOfficerSigns() throws IOException {
    Office o = createOffice();
    String comment = "กรุณาแนบหลักฐานตัวชี้วัดที่ 3 เพิ่มเติม";

    // 1. the staff member fills KPIs 1–6 and submits
    login(o.staff);
    assertThat(driver.findElements(By.cssSelector("select[id='inbox:round_input'] option")).stream()
        .map(e -> e.getAttribute("value")).toList()).as("the round filter: every round, then the program's rounds (issue 16)")
        .containsExactly("", "1", "2", "3", "4");
    openReportFromInbox(o);
    assertThat(status()).isEqualTo("ร่าง");
    assertThat(driver.findElement(By.cssSelector(".report-header")).getText()).contains("รอบที่ 1 (");
    fillFigure(1, "4");
    fillFigure(2, "62");
    fillBase(2, "80");
    fillFigure(3, "25");
    fillFigure(4, "12");
    fillFigure(5, "3");
    fillFigure(6, "7");
    for (int kpi = 1; kpi <= 6; kpi++) {
      fillRow(kpi, 0, "เป้าหมาย " + kpi, "ผลการดำเนินงาน " + kpi);
    }
    assertThat(levelText(1)).contains("ระดับที่ได้: 4");
    assertThat(levelText(2)).contains("ระดับที่ได้:").contains("คิดเป็นร้อยละ 77.5");
    assertThat(levelText(5)).contains("ระดับที่ได้: 3").doesNotContain(".00");
    uploadEvidence(1, "ฐานข้อมูล TPMAP.pdf", "%PDF-1.4\n% evidence\n".getBytes(StandardCharsets.US_ASCII));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText("ฐานข้อมูล TPMAP.pdf")));
    uploadEvidence(1, "photo.pdf", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10});
    wait.until(d -> uploadMessage(1).contains("ตัวชี้วัดที่ 1 หลักฐานเชิงประจักษ์: นามสกุลของไฟล์ไม่ตรงกับเนื้อหาของไฟล์"));
    assertThat(driver.findElements(By.linkText("photo.pdf"))).as("a JPEG named .pdf is refused").isEmpty();
    certifyAndSubmit();
    assertThat(status()).isEqualTo("รอผู้อำนวยการกลุ่มงาน");
    assertThat(messages()).contains("ส่งรายงานถึงผู้อำนวยการกลุ่มงานแล้ว");
    assertThat(driver.findElements(By.id("report:submit"))).as("no longer editable").isEmpty();
    logout();

    // 2. the director returns it with a comment
    login(o.director);
    openReportFromInbox(o);
    assertThat(status()).isEqualTo("รอผู้อำนวยการกลุ่มงาน");
    assertThat(figureInput(3).getAttribute("value")).isEqualTo("25");
    assertThat(figureInput(3).isEnabled()).as("the director cannot edit").isFalse();
    assertThat(downloadLink("ฐานข้อมูล TPMAP.pdf", true)).as("the director downloads the evidence").startsWith("%PDF-1.4");
    assertThat(downloadLink("ฐานข้อมูล TPMAP.pdf", false)).as("without a session the file is not served").doesNotContain("%PDF");
    type(driver.findElement(By.id("report:comment")), comment);
    click(By.id("report:return"));
    waitForStatus("ส่งกลับแก้ไข");
    assertThat(messages()).contains("ส่งกลับให้ผู้รายงานแก้ไขแล้ว");
    logout();

    // 3. the staff member sees the returned status and the comment, corrects a figure and resubmits
    login(o.staff);
    WebElement row = reportLink(o).findElement(By.xpath("./ancestor::tr"));
    assertThat(row.getText()).contains("ส่งกลับแก้ไข");
    openReportFromInbox(o);
    assertThat(status()).isEqualTo("ส่งกลับแก้ไข");
    assertThat(driver.findElement(By.id("report:returnedComment")).getText()).startsWith("ส่งกลับโดย").contains(comment);
    assertThat(figureInput(3).getAttribute("value")).isEqualTo("25");
    assertThat(driver.findElement(rowField(3, 0, "target")).getAttribute("value")).isEqualTo("เป้าหมาย 3");
    fillFigure(3, "51");
    certifyAndSubmit();
    assertThat(status()).isEqualTo("รอผู้อำนวยการกลุ่มงาน");
    logout();

    // 4. the director approves
    login(o.director);
    openReportFromInbox(o);
    assertThat(figureInput(3).getAttribute("value")).isEqualTo("51");
    assertThat(driver.findElement(By.id("report:approve")).getText()).isEqualTo("เห็นชอบ");
    click(By.id("report:approve"));
    waitForStatus("รอพัฒนาการจังหวัด");
    assertThat(messages()).contains("เห็นชอบแล้ว ส่งต่อพัฒนาการจังหวัด");
    logout();

    // 5. the provincial officer signs
    login(o.officer);
    openReportFromInbox(o);
    assertThat(status()).isEqualTo("รอพัฒนาการจังหวัด");
    assertThat(driver.findElement(By.id("report:approve")).getText()).isEqualTo("ลงนาม");
    click(By.id("report:approve"));
    waitForStatus("ลงนามแล้ว");
    assertThat(status()).isEqualTo("ลงนามแล้ว");
    assertThat(driver.findElements(By.id("report:approve"))).as("nothing left to decide").isEmpty();

    List<List<String>> history = historyRows();
    assertThat(history).extracting(r -> r.get(0) + " / " + r.get(1)).containsExactly(
        "ผู้รายงาน / รับรองและส่ง",
        "ผู้อำนวยการกลุ่มงาน / ส่งกลับแก้ไข",
        "ผู้รายงาน / รับรองและส่ง",
        "ผู้อำนวยการกลุ่มงาน / เห็นชอบ",
        "พัฒนาการจังหวัด / ลงนาม");
    assertThat(history.get(1).get(4)).isEqualTo(comment);
    assertThat(history).allSatisfy(r -> {
      assertThat(r.get(2)).as("signer").isNotBlank();
      assertThat(r.get(3)).as("date").isNotBlank();
      assertThat(r.get(5)).as("hash").matches("[0-9a-f]{64}");
    });
    assertThat(history.get(4).get(2)).contains("พัฒนาการ" + o.prefix);
    dump("signed-report");

    // 6. the verification page, with the code printed on the paper, shows the figures and levels that were signed
    String code = "R" + o.reportId + "-" + history.get(4).get(5).substring(0, 16).toUpperCase();
    driver.get(url("verify.xhtml?code=" + code));
    WebElement outcome = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("outcome")));
    assertThat(outcome.getText()).isEqualTo("ตรงกับข้อมูลที่ลงนามไว้ในระบบ");
    String verified = driver.findElement(By.tagName("body")).getText();
    assertThat(verified).contains("จำนวนขั้นที่สำเร็จ 4 ขั้น").contains("จำนวนที่ได้รับการช่วยเหลือ 62 จากจำนวนเป้าหมายทั้งหมด 80")
        .contains("คิดเป็นร้อยละ 77.5").contains("ผลการดำเนินงาน 51 ผลิตภัณฑ์").contains("ผลสะสมตั้งแต่ต้นปี 51 ผลิตภัณฑ์")
        .contains("ผลการดำเนินงาน 12 กลุ่ม/ราย").contains("ระดับที่ได้ 5 -").contains("ระดับที่ได้ 3 -");
    driver.navigate().back();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("report:status")));
    logout();
  }

  // ---------------------------------------------------------------- wrong inputs, answered at their fields (issue 19)

  @Test
  void aWrongFigureIsAnsweredAtItsFieldOnceInThaiAndEnglishNamingTheKpiAndTheField() throws IOException {
    Office o = createOffice();
    login(o.staff);
    openReportFromInbox(o);
    fillFigure(3, "12");
    fillFigure(2, "๕๗");
    fillBase(2, "๑๐๐");
    assertThat(levelText(2)).as("Thai digits are plain whole numbers").contains("ระดับที่ได้: 1").contains("คิดเป็นร้อยละ 57");

    String notANumber = refusedAt(3, "figure", "1e9");
    assertThat(notANumber).contains("ตัวชี้วัดที่ 3 ช่องผลการดำเนินงาน: กรุณากรอกเป็นจำนวนเต็ม ใช้เลขไทยหรือเลขอารบิกเท่านั้น")
        .contains("KPI 3, result: please enter a whole number in Thai or Arabic digits only");
    assertThat(occurrences(bodyText(), "ตัวชี้วัดที่ 3 ช่องผลการดำเนินงาน")).as("said once").isEqualTo(1);
    assertThat(occurrences(bodyText(), "KPI 3, result")).as("said once in English").isEqualTo(1);

    assertThat(refusedAt(3, "figure", "5000")).as("above the KPI's maximum, named")
        .contains("ตัวชี้วัดที่ 3 ช่องผลการดำเนินงาน: ต้องไม่เกิน 1,000").contains("KPI 3, result: must not be more than 1,000");
    assertThat(refusedAt(3, "figure", "-1")).contains("ตัวชี้วัดที่ 3 ช่องผลการดำเนินงาน: ต้องไม่ติดลบ").contains("KPI 3, result: must not be negative");
    assertThat(refusedAt(2, "base", "1e3")).contains("ตัวชี้วัดที่ 2 ช่องจำนวนเป้าหมายทั้งหมด: กรุณากรอกเป็นจำนวนเต็ม")
        .contains("KPI 2, target number: please enter a whole number");
    assertThat(driver.findElements(By.cssSelector("#messages .ui-messages-error"))).as("nothing at the top of the page").isEmpty();

    // corrected, the marks go; the save button at the bottom of the page brings a field still refused into view
    fillBase(2, "100");
    fillFigure(3, "12");
    assertThat(figureInput(3).getAttribute("class")).doesNotContain("ui-state-error");
    refusedAt(4, "figure", "100000");
    ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, document.body.scrollHeight)");
    click(By.id("report:save"));
    browser.waitForAjax();
    WebElement message = wait.until(ExpectedConditions.visibilityOfElementLocated(kpiField(4, "figureMsg")));
    wait.until(d -> inViewport(message));
    assertThat(message.getText()).contains("ตัวชี้วัดที่ 4 ช่องผลการดำเนินงาน: ต้องไม่เกิน 500");
    assertThat(figureInput(4).getAttribute("aria-invalid")).isEqualTo("true");

    driver.navigate().refresh();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("report:status")));
    assertThat(figureInput(3).getAttribute("value")).as("the refused values left the draft as it was").isEqualTo("12");
    assertThat(driver.findElement(kpiField(2, "base")).getAttribute("value")).isEqualTo("100");
    assertThat(figureInput(4).getAttribute("value")).isEmpty();
  }

  @Test
  void aFileOverTenMegabytesIsRefusedBeforeItIsSentAndByTheServerWhenTheBrowserSkipsTheCheck() throws IOException {
    Office o = createOffice();
    login(o.staff);
    openReportFromInbox(o);
    fillFigure(3, "12");
    uploadEvidence(3, "ผลงาน.pdf", "%PDF-1.4\n% evidence\n".getBytes(StandardCharsets.US_ASCII));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText("ผลงาน.pdf")));
    byte[] huge = pdfOf(30 * 1024 * 1024);

    long requestsBefore = uploadRequests();
    uploadEvidence(3, "ภาพถ่ายกิจกรรม.pdf", huge);
    wait.until(d -> uploadMessage(3).contains("ภาพถ่ายกิจกรรม.pdf"));
    assertThat(uploadMessage(3)).contains("ตัวชี้วัดที่ 3 หลักฐานเชิงประจักษ์").contains("ไฟล์มีขนาดเกิน 10 MB")
        .contains("KPI 3, evidence").contains("The file is larger than 10 MB");
    assertThat(uploadRequests()).as("the browser did not send the file").isEqualTo(requestsBefore);

    // a client that skips the browser's check: the server says "too large", not "empty"
    ((JavascriptExecutor) driver).executeScript("jQuery(document.getElementById('report:kpis:2:upload_input'))"
        + ".removeAttr('data-p-sizelimit').removeData('pSizelimit').removeData('p-sizelimit');");
    uploadEvidence(3, "ภาพถ่ายกิจกรรม.pdf", huge);
    wait.until(d -> uploadMessage(3).contains("KPI 3, evidence: ภาพถ่ายกิจกรรม.pdf: The file is larger than 10 MB"));
    assertThat(uploadMessage(3)).contains("ตัวชี้วัดที่ 3 หลักฐานเชิงประจักษ์: ภาพถ่ายกิจกรรม.pdf: ไฟล์มีขนาดเกิน 10 MB")
        .doesNotContain("ไฟล์ว่างเปล่า").doesNotContain("Invalid file size");
    assertThat(uploadRequests()).as("this time it was sent").isGreaterThan(requestsBefore);

    driver.navigate().refresh();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("report:status")));
    assertThat(figureInput(3).getAttribute("value")).as("nothing already in the draft lost").isEqualTo("12");
    assertThat(driver.findElements(By.linkText("ผลงาน.pdf"))).hasSize(1);
    assertThat(driver.findElements(By.linkText("ภาพถ่ายกิจกรรม.pdf"))).isEmpty();
  }

  @Test
  void aFileNameWithAPathIsRefusedInTheFormsWordsNotPrimeFacesEnglish() throws IOException {
    Office o = createOffice();
    login(o.staff);
    openReportFromInbox(o);
    ((JavascriptExecutor) driver).executeScript(
        "var dt = new DataTransfer(); dt.items.add(new File(['%PDF-1.4\\n'], '../หลักฐาน/ผลงาน.pdf', {type: 'application/pdf'}));"
            + " var input = document.getElementById('report:kpis:0:upload_input'); input.files = dt.files;"
            + " input.dispatchEvent(new Event('change', {bubbles: true}));");
    browser.waitForAjax();
    wait.until(d -> !uploadMessage(1).isBlank());
    assertThat(uploadMessage(1)).contains("ตัวชี้วัดที่ 1 หลักฐานเชิงประจักษ์: ชื่อไฟล์").contains("KPI 1, evidence: The file name")
        .doesNotContain("Invalid Linux filename").doesNotContain("File Error");
  }

  @Test
  void aWrongPasswordGetsTheSameMessageAsAnUnknownUser() throws IOException {
    Office o = createOffice();
    String wrongPassword = attemptLogin(o.staff, "not-" + ItFixture.PASSWORD);
    String unknownUser = attemptLogin(o.prefix + ".nobody", ItFixture.PASSWORD);
    assertThat(wrongPassword).contains("ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง");
    assertThat(unknownUser).isEqualTo(wrongPassword);
    assertThat(driver.findElements(By.id("headerForm:logout"))).as("still signed out").isEmpty();
  }

  @Test
  void onAPhoneWidthScreenTheInboxAndTheReportFitWithoutSidewaysScrolling() throws IOException {
    Office o = createOffice();
    phoneScreen();
    login(o.staff);
    assertThat(horizontalOverflow()).as("inbox overflows the phone screen by px").isLessThanOrEqualTo(0);
    openReportFromInbox(o);
    assertThat(horizontalOverflow()).as("report overflows the phone screen by px").isLessThanOrEqualTo(0);
    dump("phone-report");
    logout();
  }

  @Test
  void onAPhoneTheDirectorFindsTheSummaryAndTheDecisionBarOnTheFirstScreenAndApprovesFromThere() throws IOException {
    Office o = createOffice(true);
    phoneScreen();
    login(o.director);
    assertThat(driver.findElement(By.id("navInbox")).isDisplayed()).as("the menu is folded on a phone").isFalse();
    click(By.id("navToggle"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("navInbox")));
    click(By.id("navToggle"));
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("navInbox")));

    openReportFromInbox(o);
    assertThat(status()).isEqualTo("รอผู้อำนวยการกลุ่มงาน");
    dump("phone-director-first-screen");
    assertThat(scrollTop()).as("the page opens at its top").isZero();
    long screen = (Long) ((JavascriptExecutor) driver).executeScript("return window.innerHeight;");
    Box bar = box(By.id("report:decisionBar"));
    assertThat(bar.top()).as("the decision bar starts on the first screen").isGreaterThanOrEqualTo(0);
    assertThat(bar.bottom()).as("the decision bar ends on the first screen").isLessThanOrEqualTo(screen);
    Box summary = box(By.id("report:summary"));
    assertThat(summary.top()).as("the summary starts on the first screen").isGreaterThanOrEqualTo(0);
    assertThat(summary.bottom()).as("the whole summary is on the first screen, above the decision bar").isLessThanOrEqualTo(bar.top());
    assertThat(driver.findElement(By.cssSelector("[id='report:summary'] h3")).getText()).contains(o.prefix);

    WebElement table = driver.findElement(By.id("report:summaryKpis"));
    List<List<String>> rows = table.findElements(By.cssSelector("tbody > tr")).stream()
        .map(tr -> tr.findElements(By.tagName("td")).stream().map(td -> td.getText().strip()).toList()).toList();
    assertThat(rows).as("one line per KPI").hasSizeGreaterThanOrEqualTo(6);
    assertThat(rows.get(0).get(0)).startsWith("1. ");
    assertThat(rows.get(0).subList(1, 4)).as("KPI 1: figure, level, evidence files").containsExactly("4 ขั้น", "4", "1");
    assertThat(rows.get(1).get(1)).as("KPI 2's share of its base").isEqualTo("ร้อยละ 77.5 (62 จาก 80)");
    assertThat(rows.get(2).get(3)).as("no evidence for KPI 3").isEqualTo("0");
    String meta = driver.findElement(By.cssSelector("[id='report:summary'] .summary-meta")).getText();
    assertThat(meta).contains("ผู้รายงานรับรองเมื่อ").contains("หลักฐานแนบ 1 ไฟล์");
    assertThat(meta.replaceAll(".*รับรองเมื่อ\\s*", "")).as("the certification date in the Buddhist Era").containsPattern("25[6-9][0-9]");

    WebElement approve = driver.findElement(By.id("report:approve"));
    assertThat(approve.getText()).isEqualTo("เห็นชอบ");
    assertThat(driver.findElement(By.id("report:return")).isDisplayed()).isTrue();
    assertThat(driver.findElement(By.id("report:comment")).isDisplayed()).isTrue();
    approve.click();
    waitForStatus("รอพัฒนาการจังหวัด");
    assertThat(messages()).contains("เห็นชอบแล้ว ส่งต่อพัฒนาการจังหวัด");
    assertThat(driver.findElements(By.id("report:decisionBar"))).as("nothing left for the director to decide").isEmpty();
    assertThat(driver.findElements(By.id("report:summary"))).isEmpty();
    assertThat(horizontalOverflow()).as("report overflows the phone screen by px").isLessThanOrEqualTo(0);
    logout();
  }

  @Test
  void theProcessDiagramsLabelsAreInThePagesLanguageLikeTheTrailBesideIt() throws IOException {
    Office o = createOffice(false);
    login("admin");
    driver.get(url("app/report.xhtml?id=" + o.reportId));
    wait.until(d -> "true".equals(d.findElement(By.id("diagram")).getAttribute("data-drawn")));
    assertThat(diagramLabel("fillReport")).isEqualTo("พนักงานกรอกและรับรองรายงาน");
    assertThat(diagramLabel("directorReview")).isEqualTo("ผู้อำนวยการกลุ่มงานพิจารณา");
    assertThat(diagramLabel("directorApproved")).as("a flow's label").isEqualTo("เห็นชอบ");
    assertThat(diagramLabel("roundScheduled")).as("an event's label").isEqualTo("กำหนดรอบการรายงาน");
    assertThat(driver.findElement(By.id("report:trail")).getText()).contains("พนักงานกรอกและรับรองรายงาน");
    String everyLabel = (String) ((JavascriptExecutor) driver).executeScript(
        "return Array.from(document.querySelectorAll('#diagram .djs-visual text')).map(function (t) { return t.textContent; }).join(' ');");
    assertThat(everyLabel).contains("พัฒนาการจังหวัดลงนาม").doesNotContainPattern("[A-Za-z]{3,}");
    dump("diagram-thai");

    WebElement diagram = driver.findElement(By.id("diagram"));
    click(By.id("headerForm:language"));
    wait.until(replaced(diagram));
    wait.until(d -> "true".equals(d.findElement(By.id("diagram")).getAttribute("data-drawn")));
    assertThat(diagramLabel("fillReport")).as("the English bundle's text, not the model's name").isEqualTo("Staffmemberfillsandcertifies");
    click(By.id("headerForm:language"));
    wait.until(ExpectedConditions.textToBe(By.id("headerForm:logout"), "ออกจากระบบ"));
    logout();
  }

  /** An element's label as the diagram draws it (a task's inside it, an event's, gateway's or flow's beside it), without the line breaks' spaces. */
  private String diagramLabel(String elementId) {
    String text = (String) ((JavascriptExecutor) driver).executeScript(
        "var id = arguments[0]; return Array.from(document.querySelectorAll("
            + "\"#diagram [data-element-id='\" + id + \"'] .djs-visual text, #diagram [data-element-id='\" + id + \"_label'] .djs-visual text\"))"
            + ".map(function (t) { return t.textContent; }).join('');", elementId);
    return text == null ? "" : text.replaceAll("\\s", "");
  }

  private record Box(long top, long bottom) {}

  /** Where an element is on the screen now (px from the top of the window). */
  private Box box(By by) {
    @SuppressWarnings("unchecked")
    Map<String, Object> r = (Map<String, Object>) ((JavascriptExecutor) driver).executeScript(
        "var r = arguments[0].getBoundingClientRect(); return {top: Math.round(r.top), bottom: Math.round(r.bottom)};", driver.findElement(by));
    return new Box(((Number) r.get("top")).longValue(), ((Number) r.get("bottom")).longValue());
  }

  private long scrollTop() {
    return ((Number) ((JavascriptExecutor) driver).executeScript("return Math.round(window.scrollY);")).longValue();
  }

  @Test
  void theSessionCookieIsHttpOnlyAndSameSiteAndLogoutEndsTheSession() throws IOException {
    HttpURLConnection c = (HttpURLConnection) new URL(url("login.xhtml")).openConnection();
    String cookie = c.getHeaderField("Set-Cookie");
    assertThat(cookie).contains("JSESSIONID").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
    assertThat(c.getHeaderField("X-Frame-Options")).isEqualTo("DENY");

    Office o = createOffice();
    login(o.staff);
    String inbox = driver.getCurrentUrl();
    logout();
    driver.get(inbox);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
    assertThat(driver.findElements(By.id("headerForm:logout"))).as("signed out after logout").isEmpty();
  }

  /** Chooses a file in KPI n's upload input (auto-upload), as a phone's file picker would. */
  private void uploadEvidence(int kpi, String fileName, byte[] content) throws IOException {
    Path dir = Files.createTempDirectory("evidence-");
    Path file = dir.resolve(fileName);
    Files.write(file, content);
    WebElement input = driver.findElement(By.cssSelector("[id='report:kpis:" + (kpi - 1) + ":upload_input']"));
    input.sendKeys(file.toAbsolutePath().toString());
    browser.waitForAjax();
  }

  @Test
  void theReadinessEndpointIsUpWithTheDatabaseAndTheEngine() throws IOException {
    String root = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
    HttpURLConnection c = (HttpURLConnection) new URL(root + "/health/ready").openConnection();
    assertThat(c.getResponseCode()).isEqualTo(200);
    try (InputStream in = c.getInputStream()) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .contains("\"status\":\"UP\"").contains("cdd-performance").contains("\"database\":\"up\"");
    }
  }

  @Test
  void theAdministratorDrillsDownFromTheDashboardToAReportAndSeesWhereItStandsOnTheDiagram() throws IOException {
    Office o = createOffice();
    login("admin");
    click(By.id("navDashboard"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("totals")));
    assertThat(driver.findElements(By.cssSelector("tr.province-row"))).as("every province of the newest program").hasSize(76);
    WebElement chiangMai = driver.findElement(By.xpath("//tr[contains(@class,'province-row')][.//a[text()='เชียงใหม่']]"));
    assertThat(chiangMai.findElements(By.tagName("td")).get(2).getText()).as("staff of the office").endsWith("1");
    String csv = postForm("dashboard", "dashboard:exportCsv");
    assertThat(csv).as("CSV with a byte-order mark for Excel").startsWith("\uFEFF");
    assertThat(csv).contains("50,เชียงใหม่,1,ภาคเหนือ,1,1,0,0,0,0,0,0.0,0");
    click(By.linkText("เชียงใหม่"));
    WebElement report = wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText(o.prefix())));
    assertThat(driver.findElement(By.cssSelector("tr.report-row")).getText()).contains("ยังไม่เริ่ม");
    report.click();
    wait.until(d -> "true".equals(d.findElement(By.id("diagram")).getAttribute("data-drawn")));
    assertThat(driver.findElements(By.cssSelector("#diagram .djs-element.active[data-element-id='fillReport']")))
        .as("the diagram marks the step the report waits at").hasSize(1);
    assertThat(driver.findElements(By.cssSelector("#diagram .djs-element.passed[data-element-id='openReport']"))).hasSize(1);
    assertThat(driver.findElement(By.id("report:trail")).getText()).contains("พนักงานกรอกและรับรองรายงาน").contains("กำลังดำเนินการ");
    dump("admin-report-diagram");
    logout();
  }

  /** Posts a form as its button would (a non-AJAX download) and answers the response body as UTF-8 text, BOM kept. */
  private String postForm(String formId, String buttonId) {
    driver.manage().timeouts().scriptTimeout(Chromium.WAIT);
    Object text = ((JavascriptExecutor) driver).executeAsyncScript(
        "var done = arguments[arguments.length - 1]; var form = document.getElementById(arguments[0]);"
            + "var data = new URLSearchParams(new FormData(form)); data.append(arguments[1], arguments[1]);"
            + "fetch(form.action, {method: 'POST', body: data, credentials: 'same-origin'})"
            + ".then(function (r) { return r.arrayBuffer(); })"
            + ".then(function (b) { done(new TextDecoder('utf-8', {ignoreBOM: true}).decode(new Uint8Array(b))); })"
            + ".catch(function (e) { done('ERROR ' + e); });", formId, buttonId);
    return String.valueOf(text);
  }

  // ---------------------------------------------------------------- data

  private record Office(String prefix, String officer, String director, String staff, long reportId) {}

  private Office createOffice() throws IOException {
    return createOffice(false);
  }

  /** A new office of one staff member; submitted: their report is filled, has one evidence file and waits for the director. */
  private Office createOffice(boolean submitted) throws IOException {
    String prefix = "b" + UUID.randomUUID().toString().substring(0, 8);
    String body = fixture("it-fixture?prefix=" + prefix + "&province=50&staff=1&submitted=" + submitted);
    JsonObject f = json(body);
    assertThat(f).as("fixture answer: " + body).hasSize(4);
    return new Office(prefix, f.getString("officer"), f.getString("director"), f.getJsonArray("staff").getString(0),
        f.getJsonArray("reports").getJsonNumber(0).longValueExact());
  }

  // ---------------------------------------------------------------- pages

  @Override
  protected void openLoginPage() {
    super.openLoginPage();
    assertThat(driver.findElement(By.id("login:submit")).getText()).isEqualTo("เข้าสู่ระบบ");
  }

  @Override
  protected void login(String username) {
    super.login(username);
    assertThat(driver.findElement(By.id("headerForm:logout")).getText()).isEqualTo("ออกจากระบบ");
  }

  /** Tries to sign in and answers the error message shown on the login page. */
  private String attemptLogin(String username, String password) {
    signIn(username, password);
    WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id='login:messages'] .ui-messages-error")));
    assertThat(driver.getCurrentUrl()).contains("login");
    return error.getText().strip();
  }

  /**
   * The report's link in the inbox, found as a user would with many reports: by typing the staff
   * member's name (the office's unique prefix is their surname) into the name filter.
   */
  private WebElement reportLink(Office o) {
    WebElement filter = driver.findElement(By.id("inbox:name"));
    if (!o.prefix.equals(filter.getAttribute("value"))) {
      filter.clear();
      filter.sendKeys(o.prefix);
      wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
          .until(d -> d.findElements(By.cssSelector("[id='inbox:reports'] tbody tr")).stream()
          .allMatch(tr -> tr.getText().contains(o.prefix)));
      browser.waitForAjax();
    }
    long reportId = o.reportId;
    return wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//form[@id='inbox']//a[contains(@id,'openReport') and substring(@href, string-length(@href) - string-length('id=" + reportId
            + "') + 1) = 'id=" + reportId + "']")));
  }

  private void openReportFromInbox(Office o) {
    // the name filter's ajax (400 ms after the last key) may redraw the table between finding the link and clicking it
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
      reportLink(o).click();
      return true;
    });
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("report:status")));
    browser.waitForAjax();
  }

  private String status() {
    return driver.findElement(By.id("report:status")).getText().strip();
  }

  private void waitForStatus(String expected) {
    wait.until(ExpectedConditions.textToBe(By.id("report:status"), expected));
    browser.waitForAjax();
  }

  /** Types a value into a KPI's field and answers the message shown at it; the field is marked as in error. */
  private String refusedAt(int kpi, String field, String value) {
    WebElement input = driver.findElement(kpiField(kpi, field));
    type(input, value);
    browser.waitForAjax();
    WebElement marked = wait.until(d -> {
      WebElement i = d.findElement(kpiField(kpi, field));
      return i.getAttribute("class").contains("ui-state-error") && "true".equals(i.getAttribute("aria-invalid")) ? i : null;
    });
    assertThat(marked.getAttribute("value")).as("what was typed stays to be corrected").isEqualTo(value);
    return wait.until(ExpectedConditions.visibilityOfElementLocated(kpiField(kpi, field + "Msg"))).getText();
  }

  private static byte[] pdfOf(int size) {
    byte[] pdf = new byte[size];
    System.arraycopy("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), 0, pdf, 0, 9);
    return pdf;
  }

  private String uploadMessage(int kpi) {
    return driver.findElement(kpiField(kpi, "uploadMsg")).getText();
  }

  /** The requests the page has sent to the server since it loaded (Resource Timing). */
  private long uploadRequests() {
    return (Long) ((JavascriptExecutor) driver).executeScript(
        "return performance.getEntriesByType('resource').filter(function(e){return e.name.indexOf('report.xhtml') >= 0;}).length;");
  }

  private boolean inViewport(WebElement e) {
    return (Boolean) ((JavascriptExecutor) driver).executeScript(
        "var r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight;", e);
  }

  private String bodyText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  private static int occurrences(String text, String part) {
    return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
  }

  private String messages() {
    return driver.findElement(By.id("messages")).getText();
  }

  private static By kpiField(int kpi, String field) {
    return By.id("report:kpis:" + (kpi - 1) + ":" + field);
  }

  private static By rowField(int kpi, int row, String field) {
    return By.id("report:kpis:" + (kpi - 1) + ":rows:" + row + ":" + field);
  }

  private WebElement figureInput(int kpi) {
    WebElement input = driver.findElement(kpiField(kpi, "figure"));
    WebElement section = input.findElement(By.xpath("./ancestor::section[contains(@class,'kpi')]"));
    assertThat(section.findElement(By.tagName("h3")).getText()).as("the input is KPI " + kpi).startsWith("ตัวชี้วัดที่ " + kpi + ":");
    return input;
  }

  private String levelText(int kpi) {
    return driver.findElement(kpiField(kpi, "level")).getText();
  }

  private void fillFigure(int kpi, String value) {
    autosave(figureInput(kpi), value, kpi);
  }

  private void fillBase(int kpi, String value) {
    autosave(driver.findElement(kpiField(kpi, "base")), value, kpi);
  }

  /** Types a value and leaves the field (the change event saves it); waits for the level to be redrawn. */
  private void autosave(WebElement input, String value, int kpi) {
    WebElement level = driver.findElement(kpiField(kpi, "level"));
    type(input, value);
    wait.until(replaced(level));
    browser.waitForAjax();
    assertThat(driver.findElements(By.cssSelector("#messages .ui-messages-error"))).as("no error after saving KPI " + kpi).isEmpty();
    assertThat(driver.findElement(kpiField(kpi, "figures")).findElements(By.cssSelector(".ui-message-error")))
        .as("no error at a field after saving KPI " + kpi).isEmpty();
  }

  private void fillRow(int kpi, int row, String target, String result) {
    type(driver.findElement(rowField(kpi, row, "target")), target);
    browser.waitForAjax();
    type(driver.findElement(rowField(kpi, row, "result")), result);
    browser.waitForAjax();
    assertThat(driver.findElements(By.cssSelector("#messages .ui-messages-error"))).as("no error after saving a row of KPI " + kpi).isEmpty();
  }

  /** Types over the field's text and leaves it: one change event, as a person causes (clear() would send one more, and a field redrawn by it goes stale). */
  private void type(WebElement input, String value) {
    wait.until(ExpectedConditions.elementToBeClickable(input));
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value.isEmpty() ? Keys.DELETE.toString() : value, Keys.TAB.toString());
  }

  private void click(By by) {
    WebElement button = wait.until(ExpectedConditions.elementToBeClickable(by));
    button.click();
  }

  private void certifyAndSubmit() {
    WebElement box = driver.findElement(By.cssSelector("[id='report:certify'] .ui-chkbox-box"));
    box.click();
    wait.until(ExpectedConditions.attributeContains(By.cssSelector("[id='report:certify'] .ui-chkbox-box"), "class", "ui-state-active"));
    click(By.id("report:submit"));
    WebElement yes = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirm-dialog [id$='confirmYes']")));
    assertThat(driver.findElement(By.cssSelector(".ui-confirm-dialog .ui-confirm-dialog-message")).getText())
        .isEqualTo("ส่งรายงานนี้ให้ผู้อำนวยการกลุ่มงานพิจารณา?");
    yes.click();
    waitForStatus("รอผู้อำนวยการกลุ่มงาน");
  }

  /** Each row of the signature history: step, decision, signer, date, comment, hash. */
  private List<List<String>> historyRows() {
    return driver.findElements(By.cssSelector("[id='report:history'] > tbody > tr")).stream()
        .map(tr -> tr.findElements(By.tagName("td")).stream().map(td -> cellText(td)).toList())
        .toList();
  }

  /** A reflowing table puts the column title in the cell too (span.ui-column-title): leave it out. */
  private String cellText(WebElement td) {
    String all = (String) ((JavascriptExecutor) driver).executeScript(
        "var c = arguments[0].cloneNode(true); c.querySelectorAll('.ui-column-title').forEach(function(e){e.remove();});"
            + " return c.textContent;", td);
    return all == null ? "" : all.strip();
  }
}
