package th.go.cdd.performance.report;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import th.go.cdd.performance.assignment.AssignedKpi;
import th.go.cdd.performance.program.KpiLevel;

/**
 * The canonical text of a report that signatures hash: every KPI's figures and rows, every
 * evidence file's own SHA-256, text in Unicode NFC, one field per line, escaped so that no value
 * can imitate another line. Versioned so that later verifications can recompute old signatures.
 */
public final class CanonicalForm {
  public static final int FORMAT_VERSION = 1;

  private CanonicalForm() {}

  public static String of(Report report, int submissionNumber, List<EvidenceFile> evidence) {
    return ofDigests(report, submissionNumber, evidence.stream().filter(f -> !f.isRemoved()).map(EvidenceDigest::of).toList());
  }

  /** The same form from the evidence's stored digests (the files' bytes are not needed: their SHA-256 stands for them). */
  public static String ofDigests(Report report, int submissionNumber, List<EvidenceDigest> evidence) {
    StringBuilder b = new StringBuilder();
    line(b, "format", String.valueOf(FORMAT_VERSION));
    line(b, "report", String.valueOf(report.getId()));
    line(b, "staff", report.getStaff().getUsername() + " " + report.getStaff().getDisplayName());
    line(b, "program", report.getRound().getProgram().getCode());
    line(b, "round", String.valueOf(report.getRound().getNumber()));
    line(b, "submission", String.valueOf(submissionNumber));
    report.getEntries().stream()
        .sorted(Comparator.comparingInt(KpiEntry::getNumber))
        .forEach(e -> {
          String k = "kpi." + e.getNumber();
          line(b, k + ".kind", e.getKind().name());
          if (e.isAssigned()) {
            assigned(b, k, e.getAssigned());
          }
          line(b, k + ".figure", number(e.getFigure()));
          line(b, k + ".base", number(e.getBase()));
          line(b, k + ".level", e.getLevel() == null ? "" : e.getLevel().toString());
          for (int i = 0; i < e.getRows().size(); i++) {
            KpiRow row = e.getRows().get(i);
            line(b, k + ".row." + (i + 1) + ".target", row.getTarget());
            line(b, k + ".row." + (i + 1) + ".result", row.getResult());
          }
        });
    evidence.stream()
        .sorted(Comparator.comparingInt(EvidenceDigest::kpiNumber).thenComparing(EvidenceDigest::sha256))
        .forEach(f -> line(b, "evidence.kpi." + f.kpiNumber(), f.sha256() + " " + f.size() + " " + f.fileName()));
    return b.toString();
  }

  /**
   * What the supervisor asked of an assigned KPI, so a signature covers it too. These lines appear
   * only for assigned entries: every hash made before KPIs could be assigned recomputes unchanged.
   */
  private static void assigned(StringBuilder b, String k, AssignedKpi a) {
    line(b, k + ".assigned", a.isForProvince() ? "province " + a.getProvince().getCode() : "staff " + a.getStaff().getUsername());
    line(b, k + ".title", a.getTitleTh());
    line(b, k + ".title.en", a.getTitleEn());
    line(b, k + ".unit", a.getUnitTh());
    line(b, k + ".evidence-expected", a.getEvidenceExpectedTh());
    for (KpiLevel l : a.getLevels()) {
      line(b, k + ".level." + l.getLevel() + ".description", l.getDescriptionTh());
      line(b, k + ".level." + l.getLevel() + ".threshold", number(l.getThreshold()));
    }
  }

  /** SHA-256 (hex) of the canonical text chained to the previous signature's hash, with the decision and its comment. */
  public static String signatureHash(String canonicalForm, String previousHash, String step, String decision, String signer, String at,
      String comment) {
    return signatureHash(canonicalForm, previousHash, step, decision, signer, null, at, comment);
  }

  /**
   * With the principal a substitute signed for: that line is only present when someone signed on
   * another's behalf, so every hash made before substitutes existed still recomputes unchanged.
   */
  public static String signatureHash(String canonicalForm, String previousHash, String step, String decision, String signer,
      String onBehalfOf, String at, String comment) {
    StringBuilder b = new StringBuilder();
    line(b, "signature-format", String.valueOf(FORMAT_VERSION));
    line(b, "previous", previousHash == null ? "" : previousHash);
    line(b, "step", step);
    line(b, "decision", decision);
    line(b, "signer", signer);
    if (onBehalfOf != null) {
      line(b, "on-behalf-of", onBehalfOf);
    }
    line(b, "at", at);
    line(b, "comment", comment);
    b.append(canonicalForm);
    return sha256(b.toString().getBytes(StandardCharsets.UTF_8));
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String number(BigDecimal n) {
    return n == null ? "" : n.stripTrailingZeros().toPlainString();
  }

  private static void line(StringBuilder b, String key, String value) {
    b.append(key).append('=').append(escape(value)).append('\n');
  }

  static String escape(String value) {
    if (value == null) {
      return "";
    }
    String nfc = Normalizer.normalize(value, Normalizer.Form.NFC);
    return nfc.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
  }
}
