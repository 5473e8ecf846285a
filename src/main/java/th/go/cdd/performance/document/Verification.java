package th.go.cdd.performance.document;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import th.go.cdd.performance.approval.Seals;
import th.go.cdd.performance.approval.Signature;
import th.go.cdd.performance.report.CanonicalForm;
import th.go.cdd.performance.report.EvidenceDigest;
import th.go.cdd.performance.report.KpiEntry;
import th.go.cdd.performance.report.Report;

/**
 * The verification page's check of a printed summary: the code on the paper names the report
 * and the start of its last signature's hash. The report is read again, its content put in
 * canonical form exactly as at signing and every signature's hash recomputed along the chain; the
 * paper "matches the signed record" only if all of it agrees, and no seal ({@link Seals}) says the
 * record was rewritten with its hashes recomputed; the page also says whether the server's key
 * vouches for the chain. Open to anyone holding the paper: it
 * shows who signed and when, and each KPI's figures and level exactly as the paper prints them, so
 * that the holder can compare the paper line by line; the rows' free text and the evidence stay
 * behind the login.
 */
@Stateless
public class Verification {
  static final int CODE_HASH_CHARS = 16;
  private static final Pattern CODE = Pattern.compile("R(\\d{1,18})-([0-9A-F]{" + CODE_HASH_CHARS + "})");

  @PersistenceContext private EntityManager em;
  @Inject private Seals seals;

  public Verification() {}

  /** Outside the server: the upgrade test verifies a migrated database through its own persistence unit. */
  Verification(EntityManager em, Seals seals) {
    this.em = em;
    this.seals = seals;
  }

  /** What the page says: the outcome, whose report, the signatures in order and each KPI's signed figures and level. */
  public record Result(Outcome outcome, Seals.Check seal, String staffName, int round, List<SignedBy> signatures, List<KpiFigures> kpis) {
    public Outcome getOutcome() { return outcome; }
    /** Whether the server's key vouches for the last signature's hash (and so for the whole chain). */
    public Seals.Check getSeal() { return seal; }
    public String getStaffName() { return staffName; }
    public int getRound() { return round; }
    public List<SignedBy> getSignatures() { return signatures; }
    public List<KpiFigures> getKpis() { return kpis; }
  }

  /** One KPI as the paper prints it under its title: the same lines, word for word. */
  public record KpiFigures(int number, String title, List<String> lines) {
    public int getNumber() { return number; }
    public String getTitle() { return title; }
    public List<String> getLines() { return lines; }
  }

  public record SignedBy(String step, String decision, String name, String onBehalfOf, Instant at) {
    public String getStep() { return step; }
    public String getDecision() { return decision; }
    public String getName() { return name; }
    public String getOnBehalfOf() { return onBehalfOf; }
    public Instant getAt() { return at; }
  }

  public enum Outcome {
    MATCHES,
    DOES_NOT_MATCH,
    UNKNOWN_CODE
  }

  static String codeOf(Report report, Signature last) {
    return "R" + report.getId() + "-" + last.getHash().substring(0, CODE_HASH_CHARS).toUpperCase();
  }

  public Result verify(String code) {
    Matcher m = CODE.matcher(code == null ? "" : code.trim().toUpperCase());
    if (!m.matches()) {
      return unknown();
    }
    Report report = em.find(Report.class, Long.parseLong(m.group(1)));
    if (report == null) {
      return unknown();
    }
    List<Signature> chain = em.createNamedQuery("Signature.findByReport", Signature.class).setParameter("report", report).getResultList();
    if (chain.isEmpty() || !codeOf(report, chain.get(chain.size() - 1)).equals(m.group(0))) {
      return unknown();
    }
    List<SignedBy> signers = chain.stream().map(s -> new SignedBy(s.getStep().name(), s.getDecision().name(), s.getSigner().getDisplayName(),
        s.getOnBehalfOf() == null ? null : s.getOnBehalfOf().getDisplayName(), s.getSignedAt())).toList();
    Seals.Check seal = sealOf(chain);
    boolean intact = seal != Seals.Check.BROKEN && chainIntact(chain) && contentUnchanged(report, chain.get(chain.size() - 1));
    return new Result(intact ? Outcome.MATCHES : Outcome.DOES_NOT_MATCH, seal, report.getStaff().getDisplayName(), report.getRound().getNumber(),
        signers, figures(report));
  }

  /**
   * What the seals say of the chain: broken if any seal does not match its hash (the record was
   * rewritten, hashes and all), else what the last signature's seal says (it covers the chain).
   */
  private Seals.Check sealOf(List<Signature> chain) {
    Seals.Check last = Seals.Check.NOT_SEALED;
    for (Signature s : chain) {
      last = seals.check(s.getHash(), s.getSealKeyId(), s.getSeal());
      if (last == Seals.Check.BROKEN) {
        return last;
      }
    }
    return last;
  }

  /** Every stored hash recomputed from its row and the one before it. */
  private static boolean chainIntact(List<Signature> chain) {
    String previous = null;
    for (Signature s : chain) {
      String expected = CanonicalForm.signatureHash(s.getSubmission().getCanonicalForm(), previous, s.getStep().name(), s.getDecision().name(),
          s.getSigner().getUsername(), s.getOnBehalfOf() == null ? null : s.getOnBehalfOf().getUsername(), s.getSignedAt().toString(),
          s.getComment());
      if (!expected.equals(s.getHash()) || !Objects.equals(previous, s.getPreviousHash())) {
        return false;
      }
      previous = s.getHash();
    }
    return true;
  }

  /**
   * The report as it is now, in canonical form, is the version the last signature signed. The
   * evidence enters by its stored SHA-256, size and name, read without the files: the page is open
   * to anyone with a code, and re-hashing every file (up to 50 of 10 MB) on each call let one
   * printed code make the server read half a gigabyte per request. A file added, removed or
   * replaced through the application changes its stored hash and so still fails the check.
   */
  private boolean contentUnchanged(Report report, Signature last) {
    List<EvidenceDigest> evidence = em.createNamedQuery("EvidenceFile.digestsByReport", EvidenceDigest.class).setParameter("report", report)
        .getResultList();
    String now = CanonicalForm.ofDigests(report, last.getSubmission().getNumber(), evidence);
    return now.equals(last.getSubmission().getCanonicalForm());
  }

  /** The KPIs the paper prints (the same choice as {@link SummaryDocuments}), with the paper's lines. */
  private List<KpiFigures> figures(Report report) {
    Map<Integer, BigDecimal> yearToDate = SignedFigures.yearToDate(em, report);
    return report.getEntries().stream()
        .filter(SummaryDocuments::printed)
        .sorted(Comparator.comparingInt(KpiEntry::getNumber))
        .map(e -> new KpiFigures(e.getNumber(), e.getTitleTh(), KpiResultText.lines(SignedFigures.of(e, yearToDate), false)))
        .toList();
  }

  private static Result unknown() {
    return new Result(Outcome.UNKNOWN_CODE, null, null, 0, List.of(), List.of());
  }
}
