package th.go.cdd.performance.it.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import th.go.cdd.performance.audit.AuditFilter;
import th.go.cdd.performance.audit.AuditLog;
import th.go.cdd.performance.administration.DueDateExtension;
import th.go.cdd.performance.administration.Substitutions;
import th.go.cdd.performance.administration.TaskReassignment;
import th.go.cdd.performance.approval.ApprovalService;
import th.go.cdd.performance.approval.BulkItem;
import th.go.cdd.performance.approval.BulkOutcome;
import th.go.cdd.performance.approval.BulkSigning;
import th.go.cdd.performance.approval.Decision;
import th.go.cdd.performance.approval.Inbox;
import th.go.cdd.performance.approval.InboxFilter;
import th.go.cdd.performance.approval.Signature;
import th.go.cdd.performance.approval.SignatureStep;
import th.go.cdd.performance.assignment.AssignedKpi;
import th.go.cdd.performance.assignment.AssignedKpiText;
import th.go.cdd.performance.assignment.AssignedKpis;
import th.go.cdd.performance.circular.Attendance;
import th.go.cdd.performance.circular.CircularAttachment;
import th.go.cdd.performance.circular.Circulars;
import th.go.cdd.performance.circular.Posters;
import th.go.cdd.performance.circular.ProgramTask;
import th.go.cdd.performance.circular.ProgramTasks;
import th.go.cdd.performance.document.SummaryDocuments;
import th.go.cdd.performance.export.Table;
import th.go.cdd.performance.it.Deployments;
import th.go.cdd.performance.it.ItFixture;
import th.go.cdd.performance.monitoring.Dashboard;
import th.go.cdd.performance.monitoring.KpiRollup;
import th.go.cdd.performance.monitoring.MonitoringTables;
import th.go.cdd.performance.monitoring.OverdueFilter;
import th.go.cdd.performance.monitoring.ProcessTrail;
import th.go.cdd.performance.monitoring.ReportLine;
import th.go.cdd.performance.monitoring.ReportLists;
import th.go.cdd.performance.people.Substitution;
import th.go.cdd.performance.reminder.Notifications;
import th.go.cdd.performance.reminder.Outbox;
import th.go.cdd.performance.reminder.ReminderKind;
import th.go.cdd.performance.reminder.ReminderMessage;
import th.go.cdd.performance.reminder.Reminders;
import th.go.cdd.performance.report.EvidenceFile;
import th.go.cdd.performance.report.KpiEntry;
import th.go.cdd.performance.report.KpiInput;
import th.go.cdd.performance.report.KpiRow;
import th.go.cdd.performance.report.Report;
import th.go.cdd.performance.report.ReportEditor;
import th.go.cdd.performance.report.ReportStatus;
import th.go.cdd.performance.shared.BusinessException;
import th.go.cdd.performance.shared.ThaiDates;
import th.go.cdd.performance.web.monitoring.OverdueView;

/**
 * The reliability suite in the container (issue 5): a hundred approval races, the bad-input corpus
 * on every field and upload of the report form and the administrator's due-date extension, and
 * the access sweep over every service method that takes a report, province or round id.
 */
@ExtendWith(ArquillianExtension.class)
class ReliabilityIT {
  @Deployment
  static WebArchive deployment() {
    return Deployments.productWithFixture(ReliabilityIT.class);
  }

  @EJB private ItFixture fixture;
  @EJB private th.go.cdd.performance.security.Accounts accounts;
  @EJB private ReportEditor editor;
  @EJB private ApprovalService approvals;
  @EJB private Inbox inbox;
  @EJB private DueDateExtension extension;
  @EJB private TaskReassignment reassignment;
  @EJB private ProcessTrail trail;
  @EJB private Dashboard dashboard;
  @EJB private ReportLists lists;
  @EJB private KpiRollup rollup;
  @EJB private SummaryDocuments summaries;
  @EJB private Reminders reminders;
  @EJB private BulkSigning bulk;
  @EJB private Substitutions substitutions;
  @EJB private AssignedKpis assigned;
  @EJB private Attendance attendance;
  @EJB private Posters posters;
  @EJB private Circulars circulars;
  @EJB private Notifications notifications;
  @EJB private Outbox outbox;
  @EJB private ProgramTasks programTasks;
  @EJB private AuditLog auditLog;
  @Resource private UserTransaction utx;
  @Resource private ManagedExecutorService executor;
  @PersistenceContext private EntityManager em;

  private static String prefix() {
    return "r" + UUID.randomUUID().toString().substring(0, 8);
  }

  // ------------------------------------------------------------------ race

  @Test
  void aHundredRacesOfTwoDirectorsEachEndWithOneSignatureAndTheOtherToldItWasHandled() throws Exception {
    int offices = 10;
    int perOffice = 10;
    long t0 = System.nanoTime();
    List<long[]> reports = new ArrayList<>(); // report id
    List<String[]> who = new ArrayList<>(); // staff, director, second director
    for (int o = 0; o < offices; o++) {
      String prefix = prefix();
      ItFixture.Office office = fixture.createOffice(prefix, "50", perOffice);
      String second = fixture.addDirector(prefix);
      for (int i = 0; i < perOffice; i++) {
        reports.add(new long[] {office.reports().get(i)});
        who.add(new String[] {office.staff().get(i), office.director(), second});
      }
    }
    long t1 = System.nanoTime();
    for (int i = 0; i < reports.size(); i++) {
      fixture.fillAllKpis(who.get(i)[0], reports.get(i)[0]);
      approvals.submit(who.get(i)[0], reports.get(i)[0]);
    }
    long t2 = System.nanoTime();
    List<String> unexpected = new ArrayList<>();
    for (int i = 0; i < reports.size(); i++) {
      long id = reports.get(i)[0];
      int opened = report(id).getSubmissionCount();
      CountDownLatch ready = new CountDownLatch(2);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<String>> results = new ArrayList<>();
      for (String director : List.of(who.get(i)[1], who.get(i)[2])) {
        results.add(executor.submit(() -> {
          ready.countDown();
          start.await();
          try {
            approvals.decide(director, id, opened, Decision.APPROVE, null);
            return "ok";
          } catch (BusinessException e) {
            return e.getKey();
          } catch (RuntimeException e) {
            return "EXCEPTION " + e;
          }
        }));
      }
      ready.await();
      start.countDown();
      List<String> outcomes = new ArrayList<>();
      for (Future<String> f : results) {
        outcomes.add(f.get());
      }
      if (!(outcomes.contains("ok") && outcomes.contains("task.alreadyHandledBy"))) {
        unexpected.add("race " + i + ": " + outcomes);
      }
      long directorSignatures = approvals.history(who.get(i)[1], id).stream().filter(s -> s.getStep() == SignatureStep.DIRECTOR).count();
      if (directorSignatures != 1 || report(id).getStatus() != ReportStatus.WITH_OFFICER) {
        unexpected.add("race " + i + ": " + directorSignatures + " director signatures, status " + report(id).getStatus());
      }
    }
    long t3 = System.nanoTime();
    System.out.printf("Race: %d offices created in %.1f s, %d reports filled and submitted in %.1f s, %d races in %.1f s%n",
        offices, (t1 - t0) / 1e9, reports.size(), (t2 - t1) / 1e9, reports.size(), (t3 - t2) / 1e9);
    assertThat(unexpected).as("races that did not end with one approval and one 'already handled'").isEmpty();
    assertThat(messageKeys()).as("the loser's message exists in Thai and English").contains("task.alreadyHandledBy");
  }

  // ------------------------------------------------------------------ bad input

  /** One bad value: what is tried, and either the refusal key expected or the value expected stored. */
  private record Case(String field, String label, Attempt attempt, String refusedWith, Function<Report, Object> readBack, Object stored) {}

  @FunctionalInterface
  private interface Attempt {
    void run() throws Exception;
  }

  private static final String LONG_TEXT = "ก".repeat(ReportEditor.MAX_TEXT + 1);
  private static final String STACKED = "ก่้๊๋" + "\u0e48".repeat(30) + "ที่่่่สุด";
  private static final String STACKED_TOO_LONG = ("ก" + "\u0e48\u0e49\u0e4a\u0e4b").repeat(ReportEditor.MAX_TEXT / 5 + 1);
  private static final String SCRIPT = "<script>alert(1)</script>";
  private static final String IMG = "\"><img src=x onerror=alert(1)>";
  private static final String SQL = "' OR 1=1 --";

  @Test
  void everyBadValueOfTheReportFormIsRefusedWithAMessageInBothLanguagesOrStoredAsPlainTextAndTheSavedValueStays() throws Exception {
    String prefix = prefix();
    ItFixture.Office o = fixture.createOffice(prefix, "50", 1);
    String staff = o.staff().get(0);
    long id = o.reports().get(0);
    KpiInput good3 = new KpiInput(3, BigDecimal.valueOf(33), null, null, List.of(new KpiRow("เป้าหมายดี", "ผลดี")));
    KpiInput good2 = new KpiInput(2, BigDecimal.valueOf(62), BigDecimal.valueOf(80), null, List.of());
    KpiInput good1 = new KpiInput(1, BigDecimal.valueOf(4), null, null, List.of());
    Function<Report, Object> kpi3 = r -> figures(r, 3);
    Function<Report, Object> kpi2 = r -> figures(r, 2);
    Function<Report, Object> kpi1 = r -> figures(r, 1);
    Object good3Stored = List.of("33", "null", List.of("เป้าหมายดี|ผลดี"));
    Object good2Stored = List.of("62", "80", List.of());
    Object good1Stored = List.of("4", "null", List.of());
    List<Case> cases = new ArrayList<>();
    // KPI figures: counts (KPI 3), a percentage with its base (KPI 2), milestones (KPI 1)
    // ... "1e9" (a billion products, once typed as an exponent) and 1,001 are above KPI 3's maximum of 1,000 (program data)
    for (String[] bad : new String[][] {{"-1", "kpi.negative"}, {"1e30", "kpi.tooLarge"}, {"2.5", "kpi.wholeNumber"}, {"0.0001", "kpi.wholeNumber"},
        {"1000000001", "kpi.tooLarge"}, {"1e9", "kpi.tooLarge"}, {"1001", "kpi.tooLarge"}, {"999999999999", "kpi.tooLarge"}}) {
      cases.add(new Case("KPI 3 figure", bad[0], () -> editor.saveKpi(staff, id, new KpiInput(3, new BigDecimal(bad[0]), null, null, good3.rows())),
          bad[1], kpi3, good3Stored));
    }
    for (String[] bad : new String[][] {{"-5", "kpi.basePositive"}, {"0", "kpi.basePositive"}, {"1e30", "kpi.tooLarge"}, {"80.5", "kpi.wholeNumber"},
        {"100001", "kpi.tooLarge"}}) {
      cases.add(new Case("KPI 2 base", bad[0], () -> editor.saveKpi(staff, id, new KpiInput(2, BigDecimal.ONE, new BigDecimal(bad[0]), null, List.of())),
          bad[1], kpi2, good2Stored));
    }
    cases.add(new Case("KPI 2 base", "empty", () -> editor.saveKpi(staff, id, new KpiInput(2, BigDecimal.ONE, null, null, List.of())),
        "kpi.basePositive", kpi2, good2Stored));
    cases.add(new Case("KPI 2 figure", "above the base", () -> editor.saveKpi(staff, id, new KpiInput(2, BigDecimal.valueOf(81), BigDecimal.valueOf(80), null, List.of())),
        "kpi.partExceedsBase", kpi2, good2Stored));
    cases.add(new Case("KPI 2 figure", "-1", () -> editor.saveKpi(staff, id, new KpiInput(2, BigDecimal.valueOf(-1), BigDecimal.valueOf(80), null, List.of())),
        "kpi.negative", kpi2, good2Stored));
    cases.add(new Case("KPI 2 figure", "1e30", () -> editor.saveKpi(staff, id, new KpiInput(2, new BigDecimal("1e30"), new BigDecimal("1e30"), null, List.of())),
        "kpi.tooLarge", kpi2, good2Stored));
    for (String[] bad : new String[][] {{"6", "kpi.milestoneRange"}, {"-1", "kpi.negative"}, {"1.5", "kpi.wholeNumber"}, {"1e30", "kpi.tooLarge"}}) {
      cases.add(new Case("KPI 1 milestone", bad[0], () -> editor.saveKpi(staff, id, new KpiInput(1, new BigDecimal(bad[0]), null, null, List.of())),
          bad[1], kpi1, good1Stored));
    }
    cases.add(new Case("KPI number", "99", () -> editor.saveKpi(staff, id, new KpiInput(99, BigDecimal.ONE, null, null, List.of())),
        "report.noSuchKpi", kpi3, good3Stored));
    // the rows' target and result texts
    for (String[] bad : new String[][] {{"too long", LONG_TEXT}, {"stacked tone marks, too long", STACKED_TOO_LONG}}) {
      cases.add(new Case("KPI 3 row target", bad[0], () -> editor.saveKpi(staff, id, new KpiInput(3, BigDecimal.ONE, null, null, List.of(new KpiRow(bad[1], "x")))),
          "input.tooLong", kpi3, good3Stored));
      cases.add(new Case("KPI 3 row result", bad[0], () -> editor.saveKpi(staff, id, new KpiInput(3, BigDecimal.ONE, null, null, List.of(new KpiRow("x", bad[1])))),
          "input.tooLong", kpi3, good3Stored));
    }
    List<KpiRow> tooMany = new ArrayList<>(Collections.nCopies(ReportEditor.MAX_ROWS + 1, new KpiRow("t", "r")));
    cases.add(new Case("KPI 3 rows", (ReportEditor.MAX_ROWS + 1) + " rows", () -> editor.saveKpi(staff, id, new KpiInput(3, BigDecimal.ONE, null, null, tooMany)),
        "report.tooManyRows", kpi3, good3Stored));
    // texts that are not wrong, only unusual: kept as the plain text typed (control characters dropped), never as markup
    for (String[] text : new String[][] {{"script", SCRIPT, SCRIPT}, {"img onerror", IMG, IMG}, {"SQL", SQL, SQL}, {"stacked tone marks", STACKED, STACKED},
        {"null byte", "ผล\u0000ดี" + SCRIPT, "ผลดี" + SCRIPT}, {"empty row", "", null}}) {
      List<KpiRow> rows = List.of(new KpiRow(text[1], text[1]));
      cases.add(new Case("KPI 3 row target/result", text[0], () -> editor.saveKpi(staff, id, new KpiInput(3, BigDecimal.valueOf(7), null, null, rows)),
          null, kpi3, List.of("7", "null", text[2] == null ? List.of() : List.of(text[2] + "|" + text[2]))));
    }

    // evidence uploads: a good PDF first, each bad one must leave it the only file
    editor.saveKpi(staff, id, good1);
    editor.saveKpi(staff, id, good2);
    editor.saveKpi(staff, id, good3);
    long goodFile = editor.attach(staff, id, 1, "หลักฐาน.pdf", "%PDF-1.4 good".getBytes(StandardCharsets.US_ASCII)).getId();
    Function<Report, Object> files = r -> evidenceNames(id);
    Object oneGoodFile = List.of(goodFile + ":หลักฐาน.pdf");
    byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
    byte[] html = "<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
    byte[] zip = zipOf(1024);
    byte[] bomb = zipOf(64 * 1024 * 1024);
    // image bombs: a few dozen bytes whose header declares a picture of 10 and 4 gigapixels
    byte[] pngBomb = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R',
        0, 1, (byte) 0x86, (byte) 0xA0, 0, 1, (byte) 0x86, (byte) 0xA0, 8, 2, 0, 0, 0, 0, 0, 0, 0};
    byte[] jpegBomb = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0,
        (byte) 0xFF, (byte) 0xC0, 0, 17, 8, (byte) 0xFD, (byte) 0xE8, (byte) 0xFD, (byte) 0xE8, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1};
    byte[] oversized = new byte[(int) th.go.cdd.performance.report.EvidenceCheck.MAX_BYTES + 1];
    System.arraycopy("%PDF-1.4".getBytes(StandardCharsets.US_ASCII), 0, oversized, 0, 8);
    Object[][] uploads = {
        {"empty file", "a.pdf", new byte[0], "evidence.empty"},
        {"JPEG renamed .pdf", "photo.pdf", jpeg, "evidence.nameMismatch"},
        {"ZIP renamed .pdf", "archive.pdf", zip, "evidence.type"},
        {"HTML renamed .pdf", "page.pdf", html, "evidence.type"},
        {"zip bomb (" + bomb.length + " bytes, 64 MB inside) named .jpg", "bomb.jpg", bomb, "evidence.type"},
        {"zip bomb named .png", "bomb.png", bomb, "evidence.type"},
        {"image bomb: PNG of " + pngBomb.length + " bytes declaring 100,000 x 100,000 px", "bomb.png", pngBomb, "evidence.imageTooLarge"},
        {"image bomb: JPEG declaring 65,000 x 65,000 px", "bomb.jpg", jpegBomb, "evidence.imageTooLarge"},
        {"oversized PDF (" + oversized.length + " bytes)", "big.pdf", oversized, "evidence.tooLarge"},
        {"no name", null, "%PDF-1.4".getBytes(StandardCharsets.US_ASCII), "evidence.nameMismatch"},
        {"empty name", "", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII), "evidence.nameMismatch"},
        {"PDF named .html", "x.html", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII), "evidence.nameMismatch"},
    };
    for (Object[] u : uploads) {
      cases.add(new Case("evidence upload", (String) u[0], () -> editor.attach(staff, id, 1, (String) u[1], (byte[]) u[2]), (String) u[3], files, oneGoodFile));
    }
    cases.add(new Case("evidence upload", "KPI 99", () -> editor.attach(staff, id, 99, "a.pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)),
        "report.noSuchKpi", files, oneGoodFile));

    List<String> failures = new ArrayList<>();
    Properties th = bundle("th");
    Properties en = bundle("en");
    System.out.println("Bad input corpus (service level):");
    for (Case c : cases) {
      String outcome;
      try {
        c.attempt().run();
        outcome = "stored";
      } catch (BusinessException e) {
        outcome = e.getKey();
      } catch (Exception e) {
        outcome = "EXCEPTION " + e;
      }
      Object readBack = c.readBack().apply(report(id));
      boolean ok = c.refusedWith() == null ? outcome.equals("stored") : outcome.equals(c.refusedWith());
      if (!outcome.equals("stored") && !(th.containsKey(outcome) && en.containsKey(outcome))) {
        ok = false;
        outcome += " (key missing from a bundle)";
      }
      if (!c.stored().equals(readBack)) {
        ok = false;
        outcome += " but stored " + readBack + " instead of " + c.stored();
      }
      System.out.printf("  %-5s %-24s %-45s -> %s%n", ok ? "ok" : "FAIL", c.field(), c.label(), outcome);
      if (!ok) {
        failures.add(c.field() + " / " + c.label() + ": " + outcome);
      }
      if (c.refusedWith() == null) {
        editor.saveKpi(staff, id, good3); // back to the good value for the next case
      }
    }

    // evidence names that are cleaned, not refused
    EvidenceFile named = editor.attach(staff, id, 1, "../../" + SCRIPT + "\u0000" + "x".repeat(300) + ".pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII));
    assertThat(named.getFileName()).doesNotContain("<", ">", "/", "\u0000").endsWith(".pdf").hasSizeLessThanOrEqualTo(120);
    editor.removeEvidence(staff, named.getId());

    // an empty figure is a draft still being typed; submitting it is what is refused
    editor.saveKpi(staff, id, new KpiInput(4, null, null, null, List.of()));
    try {
      approvals.submit(staff, id);
      failures.add("submit with empty KPIs was accepted");
    } catch (BusinessException e) {
      assertThat(e.getKey()).isEqualTo("report.incomplete");
    }
    assertThat(report(id).getStatus()).isEqualTo(ReportStatus.DRAFT);
    assertThat(failures).isEmpty();
  }

  @Test
  void theFormsSaveOfSeveralKpisSavesTheGoodOnesInOneGoAndRefusesTheBadOneWhoseSavedValueStays() {
    ItFixture.Office o = fixture.createOffice(prefix(), "50", 1);
    String staff = o.staff().get(0);
    long id = o.reports().get(0);
    editor.saveKpi(staff, id, new KpiInput(3, BigDecimal.valueOf(33), null, null, List.of(new KpiRow("เป้าหมาย", "ผล"))));
    List<ReportEditor.KpiSaved> saved = editor.saveKpis(staff, id, List.of(
        new KpiInput(1, BigDecimal.valueOf(4), null, null, List.of()),
        new KpiInput(3, BigDecimal.valueOf(-1), null, null, List.of()),
        new KpiInput(2, BigDecimal.valueOf(62), BigDecimal.valueOf(80), null, List.of(new KpiRow("t", "r")))));
    assertThat(saved).extracting(ReportEditor.KpiSaved::kpiNumber).containsExactly(1, 3, 2);
    assertThat(saved.get(0).score().level()).isEqualTo(4);
    assertThat(saved.get(1).score()).isNull();
    assertThat(saved.get(1).refused().getKey()).isEqualTo("kpi.negative");
    assertThat(saved.get(2).refused()).isNull();
    Report stored = report(id);
    assertThat(figures(stored, 1)).isEqualTo(List.of("4", "null", List.of()));
    assertThat(figures(stored, 2)).isEqualTo(List.of("62", "80", List.of("t|r")));
    assertThat(figures(stored, 3)).as("the refused KPI keeps what was saved before").isEqualTo(List.of("33", "null", List.of("เป้าหมาย|ผล")));
    assertThatThrownBy(() -> editor.saveKpis(o.director(), id, List.of(new KpiInput(1, BigDecimal.ONE, null, null, List.of()))))
        .as("only the staff member saves their draft").isInstanceOf(BusinessException.class);
  }

  @Test
  void theReturnCommentTheFiltersAndTheDueDateExtensionRefuseBadValuesAndKeepTextAsText() throws Exception {
    ItFixture.Office o = fixture.createOffice(prefix(), "50", 2);
    String staff = o.staff().get(0);
    long id = o.reports().get(0);
    fixture.fillAllKpis(staff, id);
    approvals.submit(staff, id);
    int seen = report(id).getSubmissionCount();
    Properties th = bundle("th");
    Properties en = bundle("en");
    List<String> failures = new ArrayList<>();
    System.out.println("Bad input corpus (return comment, filters, due-date extension):");
    // the return comment: refused values leave the report with the director
    for (String[] bad : new String[][] {{"empty", "", "approval.commentRequired"}, {"blank", " \t ", "approval.commentRequired"},
        {"null", null, "approval.commentRequired"}, {"too long", "ก".repeat(ApprovalService.MAX_COMMENT + 1), "input.tooLong"},
        {"stacked tone marks, too long", ("ก" + "\u0e48\u0e49\u0e4a\u0e4b").repeat(ApprovalService.MAX_COMMENT / 5 + 1), "input.tooLong"}}) {
      String outcome = outcome(() -> approvals.decide(o.director(), id, seen, Decision.RETURN, bad[1]));
      boolean ok = outcome.equals(bad[2]) && th.containsKey(outcome) && en.containsKey(outcome) && report(id).getStatus() == ReportStatus.WITH_DIRECTOR;
      System.out.printf("  %-5s %-24s %-45s -> %s, %s%n", ok ? "ok" : "FAIL", "return comment", bad[0], outcome, report(id).getStatus());
      if (!ok) {
        failures.add("return comment / " + bad[0] + ": " + outcome);
      }
    }
    String comment = "แก้\u0000ไข " + SCRIPT + IMG + SQL + STACKED;
    approvals.decide(o.director(), id, seen, Decision.RETURN, comment);
    Report returned = report(id);
    assertThat(returned.getStatus()).isEqualTo(ReportStatus.RETURNED);
    assertThat(returned.getReturnComment()).as("the comment is kept as the text typed, without control characters")
        .isEqualTo("แก้ไข " + SCRIPT + IMG + SQL + STACKED);
    assertThat(approvals.history(staff, id)).extracting(Signature::getComment).last().isEqualTo(returned.getReturnComment());

    // the inbox and overdue name filters: any text is a search, never an error or a wider search
    String admin = fixture.administrator();
    long program = report(id).getRound().getProgram().getId();
    for (String text : List.of("", " ", SCRIPT, IMG, SQL, STACKED, "\u0000", "%", "_", "\\", "x".repeat(100_000), "'; drop table report; --")) {
      String label = text.length() > 40 ? "long text (" + text.length() + ")" : text.replace("\u0000", "\\u0000");
      String a = outcome(() -> inbox.count(o.director(), new InboxFilter(text, null, null, false, false)));
      String b = outcome(() -> inbox.page(o.officer(), new InboxFilter(text, null, null, false, false), 0, 20, null, true));
      String c = outcome(() -> lists.overdueCount(admin, new OverdueFilter(program, null, null, null, text)));
      String d = outcome(() -> lists.overdue(admin, new OverdueFilter(program, null, null, null, text), 0, 20, null, true));
      boolean ok = List.of(a, b, c, d).stream().allMatch(s -> s.equals("done") || (th.containsKey(s) && en.containsKey(s)));
      if (text.equals(SQL) || text.contains("drop")) {
        ok &= inbox.count(o.director(), new InboxFilter(text, null, null, false, false)) == 0;
      }
      System.out.printf("  %-5s %-24s %-45s -> %s %s %s %s%n", ok ? "ok" : "FAIL", "inbox/overdue name", label, a, b, c, d);
      if (!ok) {
        failures.add("name filter / " + label + ": " + a + " " + b + " " + c + " " + d);
      }
    }
    assertThat(report(o.reports().get(1)).getStatus()).as("the filters changed nothing").isEqualTo(ReportStatus.DRAFT);

    // the administrator's due-date extension: wrong dates and reasons change no due date
    long round = report(id).getRound().getId();
    LocalDate due = report(o.reports().get(1)).getDueDate();
    LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Bangkok"));
    Object[][] extensions = {
        {"no date", null, "เหตุผล", "admin.extend.dateRequired"},
        {"yesterday", today.minusDays(1), "เหตุผล", "admin.extend.past"},
        {"1 Jan 1970", LocalDate.of(1970, 1, 1), "เหตุผล", "admin.extend.past"},
        {"year 9999", LocalDate.of(9999, 12, 31), "เหตุผล", "admin.extend.tooFar"},
        {"over a year after the round's due date", report(id).getRound().getDueDate().plusYears(1).plusDays(1), "เหตุผล", "admin.extend.tooFar"},
        {"empty reason", due.plusDays(3), "", "admin.reasonRequired"},
        {"null reason", due.plusDays(3), null, "admin.reasonRequired"},
        {"too long reason", due.plusDays(3), "ก".repeat(1001), "input.tooLong"},
    };
    for (Object[] e : extensions) {
      String outcome = outcome(() -> extension.extendForPerson(admin, round, o.staff().get(1), (LocalDate) e[1], (String) e[2]));
      boolean ok = outcome.equals(e[3]) && th.containsKey(outcome) && en.containsKey(outcome) && report(o.reports().get(1)).getDueDate().equals(due);
      System.out.printf("  %-5s %-24s %-45s -> %s, due %s%n", ok ? "ok" : "FAIL", "due-date extension", e[0], outcome, report(o.reports().get(1)).getDueDate());
      if (!ok) {
        failures.add("due-date extension / " + e[0] + ": " + outcome);
      }
    }
    extension.extendForPerson(admin, round, o.staff().get(1), due.plusDays(3), "ป่วย\u0000" + SCRIPT);
    assertThat(report(o.reports().get(1)).getDueDate()).as("a good extension still works").isEqualTo(due.plusDays(3));
    List<String> reasons = em.createQuery("select a.reason from AuditEntry a where a.reason like :r", String.class).setParameter("r", "ป่วย%").getResultList();
    assertThat(reasons).as("the reason is stored as plain text without control characters").contains("ป่วย" + SCRIPT);
    assertThat(failures).isEmpty();
  }

  // ------------------------------------------------------------------ access sweep (services)

  @Test
  void everyServiceMethodThatTakesAnotherProvincesIdsRefusesEveryRoleOfAnotherProvince() throws Exception {
    String victimPrefix = prefix();
    ItFixture.Office mine = fixture.createOffice(victimPrefix, "50", 4);
    ItFixture.Office other = fixture.createOffice(prefix(), "57", 1);
    long id = mine.reports().get(0);
    fixture.fillAllKpis(mine.staff().get(0), id);
    long evidence = editor.attach(mine.staff().get(0), id, 1, "x.pdf", "%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII)).getId();
    approvals.submit(mine.staff().get(0), id);
    int seen = report(id).getSubmissionCount();
    long round = report(id).getRound().getId();
    long draft = mine.reports().get(1); // another staff member's draft
    String colleague = mine.staff().get(2);

    // what else of province 50 there is to try: a report waiting for the officer's signature, past its due
    // date (so the overdue list and its export have a row of province 50 to leak); the officer's KPI 8 for
    // round 2; a substitution the officer named; the program's circular file and agenda; a reminder to a
    // staff member; and a staff member's task of the program process (acknowledge the circular)
    String admin = fixture.administrator();
    long program = report(id).getRound().getProgram().getId();
    long signing = mine.reports().get(3);
    fixture.fillAllKpis(mine.staff().get(3), signing);
    approvals.submit(mine.staff().get(3), signing);
    approvals.decide(mine.director(), signing, report(signing).getSubmissionCount(), Decision.APPROVE, null);
    int seenSigning = report(signing).getSubmissionCount();
    LocalDate today = LocalDate.now(ThaiDates.BANGKOK);
    inTransaction(() -> em.createQuery("update Report r set r.dueDate = :day where r.id = :id")
        .setParameter("day", today.minusDays(3)).setParameter("id", signing).executeUpdate());
    long round2 = inTransaction(() -> em.createQuery("select r.id from ReportingRound r where r.program.id = :program and r.number = 2", Long.class)
        .setParameter("program", program).getSingleResult());
    long assignedKpi = assigned.define(mine.officer(), round2, null, 8, assignedText("Province KPI " + victimPrefix)).getId();
    long leave = substitutions.name(mine.officer(), mine.officer(), mine.director(), today.plusDays(1), today.plusDays(3), "leave").getId();
    byte[] pdf = "%PDF-1.4 circular".getBytes(StandardCharsets.US_ASCII);
    long circularFile = circulars.attach(admin, program, "circular.pdf", pdf).getId();
    circulars.saveAgenda(admin, program, "08:30-09:00 | registration");
    long reminder = inTransaction(() -> {
      ReminderMessage m = new ReminderMessage(em.find(Report.class, id), mine.staff().get(0), null, ReportStatus.WITH_DIRECTOR, ReminderKind.BEFORE_DUE,
          today, null, null, Instant.now());
      em.persist(m);
      em.flush();
      return m.getId();
    });
    String task = programTasks.of(mine.staff().get(0)).stream().filter(t -> t.key().equals(ProgramTask.ACKNOWLEDGE)).findFirst().orElseThrow().id();

    List<String[]> attackers = List.of(new String[] {"staff (57)", other.staff().get(0)}, new String[] {"director (57)", other.director()},
        new String[] {"officer (57)", other.officer()}, new String[] {"staff (50, another's report)", colleague});
    List<String> rows = new ArrayList<>();
    List<String> shared = new ArrayList<>();
    int tried = 0;
    int refused = 0;
    for (String[] a : attackers) {
      String user = a[1];
      List<Object[]> attempts = new ArrayList<>();
      attempts.add(new Object[] {"ReportEditor.read", (Attempt) () -> editor.read(user, id)});
      attempts.add(new Object[] {"ReportEditor.evidence", (Attempt) () -> editor.evidence(user, id)});
      attempts.add(new Object[] {"ReportEditor.download", (Attempt) () -> editor.download(user, evidence)});
      attempts.add(new Object[] {"ReportEditor.saveKpi (draft)", (Attempt) () -> editor.saveKpi(user, draft, new KpiInput(3, BigDecimal.ONE, null, null, List.of()))});
      attempts.add(new Object[] {"ReportEditor.attach (draft)", (Attempt) () -> editor.attach(user, draft, 1, "y.pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII))});
      attempts.add(new Object[] {"ReportEditor.removeEvidence", (Attempt) () -> editor.removeEvidence(user, evidence)});
      attempts.add(new Object[] {"ApprovalService.submit (draft)", (Attempt) () -> approvals.submit(user, draft)});
      attempts.add(new Object[] {"ApprovalService.recall", (Attempt) () -> approvals.recall(user, id)});
      attempts.add(new Object[] {"ApprovalService.decide APPROVE", (Attempt) () -> approvals.decide(user, id, seen, Decision.APPROVE, null)});
      attempts.add(new Object[] {"ApprovalService.decide RETURN", (Attempt) () -> approvals.decide(user, id, seen, Decision.RETURN, "x")});
      attempts.add(new Object[] {"ApprovalService.claim", (Attempt) () -> approvals.claim(user, id)});
      attempts.add(new Object[] {"ApprovalService.release", (Attempt) () -> approvals.release(user, id)});
      attempts.add(new Object[] {"ApprovalService.history", (Attempt) () -> approvals.history(user, id)});
      attempts.add(new Object[] {"ProcessTrail.of", (Attempt) () -> trail.of(user, id)});
      attempts.add(new Object[] {"ReportLists.province (50)", (Attempt) () -> leakIfNotEmpty(lists.province(user, round, "50"))});
      attempts.add(new Object[] {"ReportLists.overdue (50)", (Attempt) () -> leakIfMentions(lists.overdue(user, new OverdueFilter(report(id).getRound().getProgram().getId(), null, "50", null, null), 0, 100, null, true), victimPrefix)});
      attempts.add(new Object[] {"Dashboard.progress (round of 50)", (Attempt) () -> leakIf(dashboard.progress(user, round).stream().anyMatch(p -> p.code().equals("50") && p.counts().toString().matches(".*[1-9].*")))});
      attempts.add(new Object[] {"KpiRollup.byProvince", (Attempt) () -> leakIf(rollup.byProvince(user, new KpiRollup.Window(round, true, false), 3).stream().anyMatch(p -> p.code().equals("50") && p.reported() > 0))});
      attempts.add(new Object[] {"KpiRollup.scores", (Attempt) () -> leakIfMentions(rollup.scores(user, new KpiRollup.Window(round, true, false), null, 0, 100), victimPrefix)});
      attempts.add(new Object[] {"SummaryDocuments.summary", (Attempt) () -> summaries.summary(user, id, false)});
      attempts.add(new Object[] {"SummaryDocuments.province (50)", (Attempt) () -> summaries.province(user, round, "50", false)});
      attempts.add(new Object[] {"DueDateExtension.extendForProvince (50)", (Attempt) () -> extension.extendForProvince(user, round, "50", LocalDate.now().plusYears(0).plusDays(40), "x")});
      attempts.add(new Object[] {"DueDateExtension.extendForPerson", (Attempt) () -> extension.extendForPerson(user, round, mine.staff().get(0), LocalDate.now().plusDays(40), "x")});
      attempts.add(new Object[] {"TaskReassignment.reassign", (Attempt) () -> reassignment.reassign(user, id, user, "x")});
      attempts.add(new Object[] {"TaskReassignment.eligibleFor", (Attempt) () -> reassignment.eligibleFor(user, id)});
      attempts.add(new Object[] {"Reminders.nudgeProvince (50)", (Attempt) () -> reminders.nudgeProvince(user, "50")});
      attempts.add(new Object[] {"ReportEditor.saveKpis (draft)", (Attempt) () -> editor.saveKpis(user, draft, List.of(new KpiInput(3, BigDecimal.ONE, null, null, List.of())))});
      attempts.add(new Object[] {"BulkSigning.sign", (Attempt) () -> refusalOf(bulk.sign(user, List.of(new BulkItem(signing, "", 1, null, seenSigning))))});
      attempts.add(new Object[] {"Substitutions.name (for 50's officer)", (Attempt) () -> substitutions.name(user, mine.officer(), user, today.plusDays(5), today.plusDays(6), "x")});
      attempts.add(new Object[] {"Substitutions.cancel", (Attempt) () -> substitutions.cancel(user, leave, "x")});
      attempts.add(new Object[] {"AssignedKpis.define (50's staff)", (Attempt) () -> assigned.define(user, round2, mine.staff().get(0), 9, assignedText("x"))});
      attempts.add(new Object[] {"AssignedKpis.remove", (Attempt) () -> assigned.remove(user, assignedKpi)});
      attempts.add(new Object[] {"AssignedKpis.visible (round 2 of 50)", (Attempt) () -> leakIf(assigned.visible(user, round2).stream().anyMatch(k -> k.getProvince().getCode().equals("50")))});
      attempts.add(new Object[] {"Attendance.provinces", (Attempt) () -> leakIf(attendance.provinces(user, program).stream().anyMatch(p -> p.getCode().equals("50")))});
      attempts.add(new Object[] {"Attendance.of (50)", (Attempt) () -> leakIfMentions(attendance.of(user, program, "50"), victimPrefix)});
      attempts.add(new Object[] {"Attendance.table (50, the page's export)", (Attempt) () -> leakIfMentions(attendance.table(user, program, "50", k -> k).rows(), victimPrefix)});
      attempts.add(new Object[] {"Posters.poster (50)", (Attempt) () -> posters.poster(user, program, 1, "50")});
      attempts.add(new Object[] {"Circulars.attach (program of 50)", (Attempt) () -> circulars.attach(user, program, "y.pdf", pdf)});
      attempts.add(new Object[] {"Circulars.removeAttachment", (Attempt) () -> circulars.removeAttachment(user, circularFile)});
      attempts.add(new Object[] {"Circulars.saveAgenda (program of 50)", (Attempt) () -> circulars.saveAgenda(user, program, "09:00-10:00 | x")});
      attempts.add(new Object[] {"Notifications.markRead (50's reminder)", (Attempt) () -> notifications.markRead(user, reminder)});
      attempts.add(new Object[] {"Outbox.find (50's reminder)", (Attempt) () -> outbox.find(user, reminder)});
      attempts.add(new Object[] {"Outbox.retryNow (50's reminder)", (Attempt) () -> outbox.retryNow(user, reminder)});
      // another's task is not found for this user: the refusal is "already handled", never more
      attempts.add(new Object[] {"ProgramTasks.complete (50's task)", (Attempt) () -> programTasks.complete(user, task), "task.alreadyHandled"});
      attempts.add(new Object[] {"AuditLog.search (50)", (Attempt) () -> leakIf(auditLog.search(user, new AuditFilter(null, null, "50", null, null, null), 0, 100, "at", false)
          .stream().anyMatch(e -> "50".equals(e.getProvinceCode())))});
      attempts.add(new Object[] {"AuditLog.search (text: 50's officer)", (Attempt) () -> leakIf(auditLog.search(user, new AuditFilter(null, null, null, null, null, victimPrefix), 0, 100, "at", false)
          .stream().anyMatch(e -> "50".equals(e.getProvinceCode())))});
      // accounts: only administrators close, reopen, create administrators, reset, unlock and list
      attempts.add(new Object[] {"Accounts.close (50's director)", (Attempt) () -> accounts.close(user, mine.director(), "x")});
      attempts.add(new Object[] {"Accounts.reopen (50's director)", (Attempt) () -> accounts.reopen(user, mine.director(), "x")});
      attempts.add(new Object[] {"Accounts.createAdministrator", (Attempt) () -> accounts.createAdministrator(user, victimPrefix + ".x" + user.length(), "", "ก", "ข", null, "x")});
      attempts.add(new Object[] {"Accounts.reset (50's officer)", (Attempt) () -> accounts.reset(user, mine.officer(), "x")});
      attempts.add(new Object[] {"Accounts.closed", (Attempt) () -> accounts.closed(user)});
      attempts.add(new Object[] {"Accounts.administrators", (Attempt) () -> accounts.administrators(user)});
      attempts.add(new Object[] {"Accounts.state (50's officer)", (Attempt) () -> accounts.state(user, mine.officer())});
      // the pages' Excel/CSV exports, as each view builds them: the scope is the service's, from the user, whatever was asked
      attempts.add(new Object[] {"DashboardView export (round of 50)", (Attempt) () -> leakIf(MonitoringTables.dashboard("", dashboard.progress(user, round), k -> k).rows().stream()
          .anyMatch(r -> "50".equals(r.get(0)) && r.subList(4, 11).stream().anyMatch(c -> ((Number) c).longValue() > 0)))});
      attempts.add(new Object[] {"OverdueView export (50)", (Attempt) () -> leakIfMentions(overdueExport(user, new OverdueFilter(program, null, "50", null, null)).rows(), victimPrefix)});
      attempts.add(new Object[] {"OverdueView export (any province)", (Attempt) () -> leakIfMentions(overdueExport(user, new OverdueFilter(program, null, null, null, null)).rows(), victimPrefix)});
      attempts.add(new Object[] {"AuditView export (50)", (Attempt) () -> leakIfMentions(MonitoringTables.audit("", auditLog.search(user, new AuditFilter(null, null, "50", null, null, victimPrefix),
          0, AuditLog.MAX_PAGE, "at", false), k -> k).rows(), victimPrefix)});
      // the circular is the program's, national: its staff, and the directors and officers of every province of
      // the program (all 76), read its files by design; only a staff member of another program is refused
      if (user.equals(other.staff().get(0))) {
        attempts.add(new Object[] {"Circulars.download", (Attempt) () -> circulars.download(user, circularFile)});
      } else {
        shared.add(String.format("  %-7s %-30s %-42s -> %s", "shared", a[0], "Circulars.download", outcome(() -> circulars.download(user, circularFile))));
      }
      for (Object[] at : attempts) {
        tried++;
        String outcome = outcome((Attempt) at[1]);
        boolean isRefused = outcome.equals("access.denied") || outcome.equals("no data") || (at.length > 2 && outcome.equals(at[2]));
        if (isRefused) {
          refused++;
        }
        rows.add(String.format("  %-7s %-30s %-42s -> %s", isRefused ? "refused" : "ALLOWED", a[0], at[0], outcome));
      }
    }
    System.out.println("Access sweep (services), ids of province 50:");
    rows.forEach(System.out::println);
    System.out.printf("Access sweep (services): %d tried, %d refused%n", tried, refused);
    System.out.println("Not counted, visible to these users by design (a national circular's file):");
    shared.forEach(System.out::println);
    assertThat(rows).filteredOn(r -> r.contains("ALLOWED")).isEmpty();
    assertThat(refused).isEqualTo(tried);
    assertThat(report(id).getStatus()).isEqualTo(ReportStatus.WITH_DIRECTOR);
    assertThat(report(draft).getStatus()).isEqualTo(ReportStatus.DRAFT);
    assertThat(report(signing).getStatus()).isEqualTo(ReportStatus.WITH_OFFICER);
    assertThat(approvals.history(mine.director(), id)).hasSize(1);
    assertThat(editor.evidence(mine.staff().get(0), id)).hasSize(1);
    assertThat(report(id).getDueDate()).isEqualTo(report(mine.reports().get(1)).getDueDate());
    assertThat(inTransaction(() -> em.find(AssignedKpi.class, assignedKpi))).as("the officer's KPI 8").isNotNull();
    assertThat(inTransaction(() -> em.find(Substitution.class, leave).isCancelled())).as("the officer's substitution").isFalse();
    assertThat(circulars.attachments(program)).extracting(CircularAttachment::getId).containsExactly(circularFile);
    assertThat(circulars.agenda(program)).hasSize(1);
    assertThat(inTransaction(() -> em.find(ReminderMessage.class, reminder).getReadAt())).as("the reminder is unread").isNull();
    assertThat(programTasks.of(mine.staff().get(0))).extracting(ProgramTask::id).contains(task);
  }

  // ------------------------------------------------------------------ helpers

  /** Thrown by a sweep attempt whose answer held nothing of the other province. */
  private static final class NoData extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  private static void leakIf(boolean leak) {
    if (leak) {
      throw new IllegalStateException("LEAK: data of province 50 returned");
    }
    throw new NoData();
  }

  private static void leakIfNotEmpty(List<?> list) {
    leakIf(!list.isEmpty());
  }

  private static void leakIfMentions(List<?> list, String text) {
    leakIf(list.stream().anyMatch(x -> String.valueOf(x).contains(text)));
  }

  /** A bulk signing's answer as an attempt's: the refusal of its report thrown, nothing when it was signed. */
  private static void refusalOf(List<BulkOutcome> outcomes) {
    outcomes.stream().filter(o -> !o.signed()).findFirst().ifPresent(o -> {
      throw new BusinessException(o.messageKey(), o.args());
    });
  }

  /** The overdue list as OverdueView's export writes it: page by page, then the table. */
  private Table overdueExport(String user, OverdueFilter filter) {
    List<ReportLine> all = new ArrayList<>();
    for (int first = 0; first < OverdueView.EXPORT_LIMIT; first += ReportLists.MAX_PAGE) {
      List<ReportLine> part = lists.overdue(user, filter, first, ReportLists.MAX_PAGE, "daysLate", false);
      all.addAll(part);
      if (part.size() < ReportLists.MAX_PAGE) {
        break;
      }
    }
    return MonitoringTables.reports("", all, k -> k);
  }

  private static AssignedKpiText assignedText(String title) {
    return new AssignedKpiText(title, null, "times", "photos", List.of("level 1", "level 2", "level 3", "level 4", "level 5"),
        Collections.nCopies(5, (BigDecimal) null));
  }

  /** "done", "no data" (an attempt that answered false: nothing of the other province), the refusal key, or EXCEPTION. */
  private static String outcome(Attempt attempt) {
    try {
      attempt.run();
      return "done";
    } catch (NoData e) {
      return "no data";
    } catch (BusinessException e) {
      return e.getKey();
    } catch (Exception e) {
      return "EXCEPTION " + e;
    }
  }


  private static List<Object> figures(Report r, int kpi) {
    KpiEntry e = r.entryFor(kpi).orElseThrow();
    return List.of(String.valueOf(e.getFigure() == null ? null : e.getFigure().stripTrailingZeros().toPlainString()),
        String.valueOf(e.getBase() == null ? null : e.getBase().stripTrailingZeros().toPlainString()),
        e.getRows().stream().map(row -> row.getTarget() + "|" + row.getResult()).toList());
  }

  private List<String> evidenceNames(long reportId) {
    return inTransaction(() -> em.createQuery("select f from EvidenceFile f where f.report.id = :id order by f.id", EvidenceFile.class)
        .setParameter("id", reportId).getResultList().stream().map(f -> f.getId() + ":" + f.getFileName()).toList());
  }

  /** Reads the report (entries and rows loaded) in a transaction of its own. */
  private Report report(long id) {
    return inTransaction(() -> {
      Report r = em.find(Report.class, id);
      em.refresh(r);
      r.getEntries().forEach(e -> e.getRows().size());
      r.getRound().getProgram().getCode();
      return r;
    });
  }

  private <T> T inTransaction(java.util.function.Supplier<T> work) {
    try {
      utx.begin();
      try {
        return work.get();
      } finally {
        utx.commit();
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] zipOf(int zeros) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry("zeros.bin"));
      byte[] chunk = new byte[1024 * 1024];
      for (int left = zeros; left > 0; left -= chunk.length) {
        z.write(chunk, 0, Math.min(chunk.length, left));
      }
      z.closeEntry();
    }
    return out.toByteArray();
  }

  private static Properties bundle(String language) {
    Properties p = new Properties();
    try (Reader r = new InputStreamReader(ReliabilityIT.class.getResourceAsStream("/i18n/messages_" + language + ".properties"), StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return p;
  }

  private static java.util.Set<String> messageKeys() {
    java.util.Set<String> keys = new java.util.HashSet<>(bundle("th").stringPropertyNames());
    keys.retainAll(bundle("en").stringPropertyNames());
    return keys;
  }
}
