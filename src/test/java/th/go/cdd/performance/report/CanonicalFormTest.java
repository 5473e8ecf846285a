package th.go.cdd.performance.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.people.Role;
import th.go.cdd.performance.program.KpiDefinition;
import th.go.cdd.performance.program.KpiKind;
import th.go.cdd.performance.program.KpiLevel;
import th.go.cdd.performance.program.Program;
import th.go.cdd.performance.program.ReportingRound;

class CanonicalFormTest {
  private static final String E_COMPOSED = "\u00E9";
  private static final String E_DECOMPOSED = "e\u0301";
  private static final String HASH = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
  private static final Instant NOW = Instant.parse("2021-11-01T03:00:00Z");

  private static String sign(String canonical, String previous, String signer) {
    return CanonicalForm.signatureHash(canonical, previous, "DIRECTOR", "APPROVE", signer, "2021-11-10T10:00:00Z", null);
  }

  // ---- escape ----

  @Test
  void escapeTurnsNewlinesIntoBackslashSequences() {
    assertThat(CanonicalForm.escape("a\nb")).isEqualTo("a\\nb");
    assertThat(CanonicalForm.escape("a\rb")).isEqualTo("a\\rb");
    assertThat(CanonicalForm.escape("a\r\nb")).isEqualTo("a\\r\\nb");
  }

  @Test
  void escapeDoublesBackslashes() {
    assertThat(CanonicalForm.escape("a\\b")).isEqualTo("a\\\\b");
  }

  @Test
  void escapedValueContainsNoLineBreak() {
    String forged = "10\nkpi.2.level=5\r\nkpi.3.level=5";
    assertThat(CanonicalForm.escape(forged)).doesNotContain("\n").doesNotContain("\r");
  }

  @Test
  void valueWithRealNewlineDiffersFromValueWithLiteralBackslashN() {
    assertThat(CanonicalForm.escape("a\nb")).isNotEqualTo(CanonicalForm.escape("a\\nb"));
    assertThat(CanonicalForm.escape("a\\nb")).isEqualTo("a\\\\nb");
  }

  @Test
  void escapeOfNullIsEmpty() {
    assertThat(CanonicalForm.escape(null)).isEmpty();
  }

  @Test
  void escapeLeavesThaiTextAlone() {
    String thai = "ผลการดำเนินงาน ๑๒ ครัวเรือน";
    assertThat(CanonicalForm.escape(thai)).isEqualTo(thai);
  }

  @Test
  void escapeNormalisesToNfc() {
    assertThat(E_DECOMPOSED).isNotEqualTo(E_COMPOSED);
    assertThat(CanonicalForm.escape("Jos" + E_DECOMPOSED)).isEqualTo("Jos" + E_COMPOSED);
  }

  // ---- sha256 ----

  @Test
  void sha256OfAbcIsTheKnownVector() {
    assertThat(CanonicalForm.sha256("abc".getBytes(StandardCharsets.US_ASCII))).isEqualTo(HASH);
  }

  @Test
  void sha256OfNothingIsTheKnownVector() {
    assertThat(CanonicalForm.sha256(new byte[0]))
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }

  // ---- signatureHash ----

  @Test
  void signatureHashIs64LowercaseHexCharacters() {
    assertThat(sign("format=1\n", null, "director1")).matches("[0-9a-f]{64}");
  }

  @Test
  void signatureHashIsStableForEqualInputs() {
    assertThat(sign("format=1\nreport=7\n", HASH, "director1"))
        .isEqualTo(sign("format=1\nreport=7\n", HASH, "director1"));
  }

  @Test
  void signatureHashChangesWithThePreviousHash() {
    String canonical = "format=1\nreport=7\n";
    assertThat(sign(canonical, HASH, "director1")).isNotEqualTo(sign(canonical, HASH.replace('a', 'b'), "director1"));
    assertThat(sign(canonical, HASH, "director1")).isNotEqualTo(sign(canonical, null, "director1"));
  }

  @Test
  void signatureHashChangesWithTheSigner() {
    String canonical = "format=1\nreport=7\n";
    assertThat(sign(canonical, HASH, "director1")).isNotEqualTo(sign(canonical, HASH, "director2"));
  }

  @Test
  void signatureHashChangesWithOneCharacterOfTheCanonicalForm() {
    assertThat(sign("format=1\nkpi.3.figure=12\n", HASH, "director1"))
        .isNotEqualTo(sign("format=1\nkpi.3.figure=13\n", HASH, "director1"));
  }

  @Test
  void signatureHashChangesWithStepDecisionAndTime() {
    String base = CanonicalForm.signatureHash("c", HASH, "DIRECTOR", "APPROVE", "u", "t1", null);
    assertThat(CanonicalForm.signatureHash("c", HASH, "OFFICER", "APPROVE", "u", "t1", null)).isNotEqualTo(base);
    assertThat(CanonicalForm.signatureHash("c", HASH, "DIRECTOR", "RETURN", "u", "t1", null)).isNotEqualTo(base);
    assertThat(CanonicalForm.signatureHash("c", HASH, "DIRECTOR", "APPROVE", "u", "t2", null)).isNotEqualTo(base);
  }

  @Test
  void signerCannotImitateTheTimeLine() {
    String honest = CanonicalForm.signatureHash("c", HASH, "DIRECTOR", "APPROVE", "u", "t1", null);
    String forged = CanonicalForm.signatureHash("c", HASH, "DIRECTOR", "APPROVE", "u\nat=t1", "", null);
    assertThat(forged).isNotEqualTo(honest);
  }

  @Test
  void composedAndDecomposedSignerGiveTheSameHash() {
    assertThat(sign("c", HASH, "Jos" + E_DECOMPOSED)).isEqualTo(sign("c", HASH, "Jos" + E_COMPOSED));
  }

  // ---- of(report) ----

  private static Report report(String resultText, String figure) {
    Program program = new Program("cdd-temp-staff-2564", "โครงการ", "program");
    ReportingRound round = program.addRound(1, LocalDate.of(2021, 9, 1), LocalDate.of(2021, 11, 15), LocalDate.of(2021, 11, 15));
    KpiDefinition kpi3 = new KpiDefinition(program, 3, KpiKind.COUNT, "area", "สินค้า", "products");
    List<KpiLevel> levels = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      levels.add(new KpiLevel(i, "ระดับ " + i, null, BigDecimal.valueOf(10L * i), null));
    }
    kpi3.defineLevels(levels);
    program.addKpi(kpi3);
    Person staff = new Person("staff01", "hash", Role.STAFF, "นาย", "สมชาย", "ใจดี");
    Report report = new Report(staff, round, round.getDueDate(), null, program.getKpis(), NOW);
    report.record(3, figure == null ? null : new BigDecimal(figure), null, 1,
        List.of(new KpiRow("ขายออนไลน์", resultText)), NOW);
    return report;
  }

  @Test
  void canonicalFormListsTheReportFieldsOnePerLine() {
    String c = CanonicalForm.of(report("ได้ 12 ชิ้น", "12"), 1, List.of());
    assertThat(c).startsWith("format=1\n")
        .contains("staff=staff01 นายสมชาย ใจดี\n")
        .contains("program=cdd-temp-staff-2564\n")
        .contains("round=1\n")
        .contains("submission=1\n")
        .contains("kpi.3.kind=COUNT\n")
        .contains("kpi.3.figure=12\n")
        .contains("kpi.3.base=\n")
        .contains("kpi.3.level=1\n")
        .contains("kpi.3.row.1.target=ขายออนไลน์\n")
        .contains("kpi.3.row.1.result=ได้ 12 ชิ้น\n");
  }

  @Test
  void canonicalFormWritesEqualFiguresAlike() {
    assertThat(CanonicalForm.of(report("x", "12.00"), 1, List.of()))
        .isEqualTo(CanonicalForm.of(report("x", "12"), 1, List.of()));
  }

  @Test
  void rowTextCannotImitateAnotherLine() {
    String c = CanonicalForm.of(report("x\nkpi.3.level=5", "12"), 1, List.of());
    assertThat(c.lines()).doesNotContain("kpi.3.level=5").contains("kpi.3.level=1");
  }

  @Test
  void composedAndDecomposedRowTextGiveTheSameCanonicalFormAndHash() {
    String decomposed = CanonicalForm.of(report("caf" + E_DECOMPOSED, "12"), 1, List.of());
    String composed = CanonicalForm.of(report("caf" + E_COMPOSED, "12"), 1, List.of());
    assertThat(decomposed).isEqualTo(composed);
    assertThat(sign(decomposed, null, "director1")).isEqualTo(sign(composed, null, "director1"));
  }

  @Test
  void canonicalFormChangesWithTheSubmissionNumber() {
    Report r = report("x", "12");
    assertThat(CanonicalForm.of(r, 1, List.of())).isNotEqualTo(CanonicalForm.of(r, 2, List.of()));
  }

  @Test
  void canonicalFormListsEvidenceByHashButNotRemovedFiles() {
    Report r = report("x", "12");
    byte[] pdf = "%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII);
    String sha = CanonicalForm.sha256(pdf);
    EvidenceFile kept = new EvidenceFile(r, 3, "ผล.pdf", "application/pdf", pdf, sha, NOW);
    EvidenceFile removed = new EvidenceFile(r, 3, "old.pdf", "application/pdf", new byte[] {1, 2}, "00ff", NOW);
    removed.remove();
    String c = CanonicalForm.of(r, 1, List.of(kept, removed));
    assertThat(c).contains("evidence.kpi.3=" + sha + " " + pdf.length + " ผล.pdf\n").doesNotContain("old.pdf");
  }

  @Test
  void aSignatureOnSomeoneElsesBehalfHashesThePrincipalAndOneWithoutKeepsItsEarlierHash() {
    String canonical = "kpi.1.figure=4\n";
    String plain = CanonicalForm.signatureHash(canonical, null, "DIRECTOR", "APPROVE", "d2", "2021-11-10T10:00:00Z", null);
    assertThat(CanonicalForm.signatureHash(canonical, null, "DIRECTOR", "APPROVE", "d2", null, "2021-11-10T10:00:00Z", null))
        .as("no principal: the hash of before substitutes").isEqualTo(plain);
    String onBehalf = CanonicalForm.signatureHash(canonical, null, "DIRECTOR", "APPROVE", "d2", "d1", "2021-11-10T10:00:00Z", null);
    assertThat(onBehalf).isNotEqualTo(plain)
        .isNotEqualTo(CanonicalForm.signatureHash(canonical, null, "DIRECTOR", "APPROVE", "d2", "d3", "2021-11-10T10:00:00Z", null));
  }
}
