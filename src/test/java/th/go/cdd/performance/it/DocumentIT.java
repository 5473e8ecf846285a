package th.go.cdd.performance.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import th.go.cdd.performance.approval.ApprovalService;
import th.go.cdd.performance.approval.Decision;
import th.go.cdd.performance.approval.Seals;
import th.go.cdd.performance.approval.Signature;
import th.go.cdd.performance.document.PdfText;
import th.go.cdd.performance.document.SummaryDocuments;
import th.go.cdd.performance.document.Verification;
import th.go.cdd.performance.report.CanonicalForm;
import th.go.cdd.performance.report.EvidenceDigest;
import th.go.cdd.performance.report.KpiInput;
import th.go.cdd.performance.report.KpiRow;
import th.go.cdd.performance.report.Report;
import th.go.cdd.performance.report.ReportEditor;
import th.go.cdd.performance.report.ReportSubmission;
import th.go.cdd.performance.shared.BusinessException;

/**
 * The official summary printed from a signed report in the real container: the PDF's text (as a
 * PDF reader copies it, through poppler's pdftotext) holds the Thai names, the KPI rows and the
 * signature dates and the verification code; the code verifies, and stops verifying once the
 * report is changed behind the signatures' back.
 */
@ExtendWith(ArquillianExtension.class)
class DocumentIT {
  @Deployment
  static WebArchive deployment() {
    return Deployments.productWithFixture(DocumentIT.class);
  }

  @EJB private ItFixture fixture;
  @EJB private ReportEditor editor;
  @EJB private ApprovalService approvals;
  @EJB private SummaryDocuments documents;
  @EJB private Verification verification;
  @Resource private UserTransaction utx;
  @PersistenceContext private EntityManager em;

  private <T> T inTx(Callable<T> work) {
    return Tx.inTx(utx, work);
  }

  private int seen(long id) {
    return inTx(() -> em.find(Report.class, id).getSubmissionCount());
  }

  private ItFixture.Office signedOffice() {
    ItFixture.Office o = fixture.createOffice("d" + UUID.randomUUID().toString().substring(0, 8), "50", 2);
    for (int i = 0; i < 2; i++) {
      String staff = o.staff().get(i);
      long id = o.reports().get(i);
      for (int kpi = 1; kpi <= 6; kpi++) {
        BigDecimal base = kpi == 2 ? BigDecimal.valueOf(80) : null;
        BigDecimal figure = kpi == 2 ? BigDecimal.valueOf(62) : BigDecimal.valueOf(kpi == 1 || kpi == 5 ? 4 : 25);
        editor.saveKpi(staff, id, new KpiInput(kpi, figure, base, null,
            List.of(new KpiRow("เป้าหมายที่ " + kpi + " ของพนักงาน" + (i + 1), "ผลการดำเนินงานที่ " + kpi + " ครบถ้วน"))));
      }
      approvals.submit(staff, id);
      approvals.decide(o.director(), id, seen(id), Decision.APPROVE, null);
      approvals.decide(o.officer(), id, seen(id), Decision.SIGN, null);
    }
    return o;
  }

  private static String text(byte[] pdf) throws IOException {
    return PdfText.of(pdf);
  }

  @Test
  void aSignedReportPrintsWithItsRowsSignaturesAndAVerificationCodeThatMatchesUntilTheReportIsChanged() throws Exception {
    ItFixture.Office o = signedOffice();
    long id = o.reports().get(0);
    String text = text(documents.summary(o.staff().get(0), id, false));
    assertThat(text).contains("แบบสรุปผลการดำเนินงานรายบุคคลของพนักงานราชการเฉพาะกิจ");
    assertThat(text).contains("พนักงาน1").contains("เป้าหมายที่ 3 ของพนักงาน1").contains("ผลการดำเนินงานที่ 3 ครบถ้วน");
    assertThat(text).contains("ข้าพเจ้าขอรับรองว่า").contains("ผู้บังคับบัญชาชั้นต้น");
    String today = th.go.cdd.performance.shared.ThaiDates.format(java.time.LocalDate.now(th.go.cdd.performance.shared.ThaiDates.BANGKOK));
    assertThat(text.split(java.util.regex.Pattern.quote("วันที่ " + today), -1)).as("three signature dates").hasSize(4);
    Matcher code = Pattern.compile("R\\d+-[0-9A-F]{16}").matcher(text);
    assertThat(code.find()).as("the verification code is printed").isTrue();

    Verification.Result ok = verification.verify(code.group());
    assertThat(ok.outcome()).isEqualTo(Verification.Outcome.MATCHES);
    assertThat(ok.signatures()).extracting(Verification.SignedBy::step).containsExactly("STAFF", "DIRECTOR", "OFFICER");
    assertThat(verification.verify("R" + id + "-0000000000000000").outcome()).isEqualTo(Verification.Outcome.UNKNOWN_CODE);
    assertThat(verification.verify("<script>").outcome()).isEqualTo(Verification.Outcome.UNKNOWN_CODE);

    inTx(() -> em.createQuery("update KpiEntry e set e.figure = 50 where e.report.id = :id and e.kpi.number = 3")
        .setParameter("id", id).executeUpdate());
    assertThat(verification.verify(code.group()).outcome()).as("a figure changed after signing").isEqualTo(Verification.Outcome.DOES_NOT_MATCH);

    String thaiDigits = text(documents.summary(o.officer(), id, true));
    assertThat(thaiDigits).contains("ครั้งที่ ๑");
  }

  /**
   * Whoever can write the database rewrites a signed figure and recomputes the canonical form and
   * every hash of the chain, so that the chain alone would agree: the seals, made with a key the
   * database does not hold, no longer match, and the verification says the record was changed.
   */
  @Test
  void aReportRewrittenInTheDatabaseWithItsHashesRecomputedFailsVerificationByItsSeal() throws Exception {
    ItFixture.Office o = signedOffice();
    long id = o.reports().get(1);
    Matcher code = Pattern.compile("R\\d+-[0-9A-F]{16}").matcher(text(documents.summary(o.staff().get(1), id, false)));
    assertThat(code.find()).isTrue();
    Verification.Result before = verification.verify(code.group());
    assertThat(before.outcome()).isEqualTo(Verification.Outcome.MATCHES);
    assertThat(before.seal()).as("signed and sealed by this server").isEqualTo(Seals.Check.VOUCHED);

    String newCode = inTx(() -> {
      em.createQuery("update KpiEntry e set e.figure = 50 where e.report.id = :id and e.kpi.number = 3").setParameter("id", id).executeUpdate();
      em.clear();
      Report report = em.find(Report.class, id);
      List<Signature> chain = em.createNamedQuery("Signature.findByReport", Signature.class).setParameter("report", report).getResultList();
      ReportSubmission submission = chain.get(chain.size() - 1).getSubmission();
      List<EvidenceDigest> evidence = em.createNamedQuery("EvidenceFile.digestsByReport", EvidenceDigest.class)
          .setParameter("report", report).getResultList();
      String canonical = CanonicalForm.ofDigests(report, submission.getNumber(), evidence);
      em.createQuery("update ReportSubmission s set s.canonicalForm = :c where s.id = :id").setParameter("c", canonical)
          .setParameter("id", submission.getId()).executeUpdate();
      String previous = null;
      for (Signature s : chain) {
        String form = s.getSubmission().getId().equals(submission.getId()) ? canonical : s.getSubmission().getCanonicalForm();
        String hash = CanonicalForm.signatureHash(form, previous, s.getStep().name(), s.getDecision().name(), s.getSigner().getUsername(),
            s.getOnBehalfOf() == null ? null : s.getOnBehalfOf().getUsername(), s.getSignedAt().toString(), s.getComment());
        em.createQuery("update Signature s set s.hash = :h, s.previousHash = :p where s.id = :id").setParameter("h", hash)
            .setParameter("p", previous).setParameter("id", s.getId()).executeUpdate();
        previous = hash;
      }
      return "R" + id + "-" + previous.substring(0, 16).toUpperCase();
    });

    Verification.Result after = verification.verify(newCode);
    assertThat(after.seal()).isEqualTo(Seals.Check.BROKEN);
    assertThat(after.outcome()).as("the chain was recomputed, the seal was not").isEqualTo(Verification.Outcome.DOES_NOT_MATCH);
  }

  /**
   * The round of the issue: every KPI's figure, base, percentage, year to date and level, as signed,
   * is on the paper (read by pdftotext) and, line for line, on the verification page's result.
   */
  @Test
  void thePaperAndTheVerificationCarryEveryFigureAndLevelThatWasSigned() throws Exception {
    ItFixture.Office o = fixture.createOffice("f" + UUID.randomUUID().toString().substring(0, 8), "50", 1);
    String staff = o.staff().get(0);
    long id = o.reports().get(0);
    int[] figures = {0, 4, 57, 12, 0, 5, 6};
    for (int kpi = 1; kpi <= 6; kpi++) {
      editor.saveKpi(staff, id, new KpiInput(kpi, BigDecimal.valueOf(figures[kpi]), kpi == 2 ? BigDecimal.valueOf(100) : null, null, List.of()));
    }
    editor.saveKpi(staff, id, new KpiInput(7, null, null, 3, List.of(new KpiRow("งานที่ได้รับมอบหมาย", "ดำเนินการแล้ว"))));
    approvals.submit(staff, id);
    approvals.decide(o.director(), id, seen(id), Decision.APPROVE, null);
    approvals.decide(o.officer(), id, seen(id), Decision.SIGN, null);

    String paper = text(documents.summary(staff, id, false));
    List<String> signed = List.of(
        "จำนวนขั้นที่สำเร็จ 4 ขั้น", "ระดับที่ได้ 4 -",
        "จำนวนที่ได้รับการช่วยเหลือ 57 จากจำนวนเป้าหมายทั้งหมด 100", "คิดเป็นร้อยละ 57", "ระดับที่ได้ 1 -",
        "ผลการดำเนินงาน 12 ผลิตภัณฑ์", "ผลสะสมตั้งแต่ต้นปี 12 ผลิตภัณฑ์",
        "ผลการดำเนินงาน 0 กลุ่ม/ราย", "ผลสะสมตั้งแต่ต้นปี 0 กลุ่ม/ราย", "ระดับที่ได้ 0 - ยังไม่ถึงระดับที่ 1",
        "จำนวนขั้นที่สำเร็จ 5 ขั้น", "ระดับที่ได้ 5 -",
        "ผลการดำเนินงาน 6 ผลงาน", "ผลสะสมตั้งแต่ต้นปี 6 ผลงาน",
        "ระดับที่ได้ 3 - ตามที่ผู้บังคับบัญชากำหนด");
    String unbroken = paper.replaceAll("\\s+", ""); // long lines wrap on paper: compare without the line breaks
    for (String line : signed) {
      assertThat(unbroken).as("the paper carries \"" + line + "\"").contains(line.replaceAll("\\s+", ""));
    }
    assertThat(unbroken).as("the level's words from the program data").contains("ระดับที่ได้1-ส่งเสริมการตลาดออนไลน์");

    Matcher code = Pattern.compile("R\\d+-[0-9A-F]{16}").matcher(paper);
    assertThat(code.find()).isTrue();
    Verification.Result checked = verification.verify(code.group());
    assertThat(checked.outcome()).isEqualTo(Verification.Outcome.MATCHES);
    assertThat(checked.kpis()).extracting(Verification.KpiFigures::number).containsExactly(1, 2, 3, 4, 5, 6, 7);
    List<String> shown = checked.kpis().stream().flatMap(k -> k.lines().stream()).toList();
    for (String line : shown) {
      assertThat(unbroken).as("the verification page's line is on the paper word for word: " + line).contains(line.replaceAll("\\s+", ""));
    }
    assertThat(String.join("\n", shown)).contains("ผลการดำเนินงาน 12 ผลิตภัณฑ์").contains("ระดับที่ได้ 0 - ยังไม่ถึงระดับที่ 1");

    String thai = text(documents.summary(staff, id, true)).replaceAll("\\s+", "");
    assertThat(thai).contains("ผลการดำเนินงาน๑๒ผลิตภัณฑ์").contains("คิดเป็นร้อยละ๕๗").contains("ระดับที่ได้๕");
  }

  @Test
  void aProvincePrintsAllItsReportsInOneFileAndNobodyElseMayPrintThem() throws Exception {
    ItFixture.Office o = signedOffice();
    ItFixture.Office other = fixture.createOffice("d" + UUID.randomUUID().toString().substring(0, 8), "51", 1);
    long round = inTx(() -> em.find(Report.class, o.reports().get(0)).getRound().getId());
    String text = text(documents.province(o.officer(), round, "50", false));
    assertThat(text).contains("เป้าหมายที่ 1 ของพนักงาน1").contains("เป้าหมายที่ 1 ของพนักงาน2");

    assertThatThrownBy(() -> documents.province(other.officer(), round, "50", false)).isInstanceOf(BusinessException.class);
    assertThatThrownBy(() -> documents.summary(other.officer(), o.reports().get(0), false)).isInstanceOf(BusinessException.class);
    assertThatThrownBy(() -> documents.summary(o.staff().get(1), o.reports().get(0), false)).isInstanceOf(BusinessException.class);
  }
}
