package th.go.cdd.performance.report;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import th.go.cdd.performance.people.Duties;
import th.go.cdd.performance.people.People;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.access.AccessPolicy;
import th.go.cdd.performance.shared.BusinessException;
import th.go.cdd.performance.shared.PlainText;

/** Reading a report and editing its draft: figures, rows and evidence. Only the staff member edits. */
@Stateless
public class ReportEditor {
  public static final int MAX_TEXT = 2000;
  public static final int MAX_ROWS = 20;

  @PersistenceContext private EntityManager em;
  @Inject private People people;
  @Inject private Duties duties;
  @Inject private Clock clock;
  @Inject private EvidenceLimits limits;

  /** The report if the user may see it, else refused. */
  public Report read(String username, long reportId) {
    Person user = people.byUsername(username);
    Report report = em.find(Report.class, reportId);
    AccessPolicy.requireSee(user, report, duties.principalsOf(user));
    return report;
  }

  public List<EvidenceFile> evidence(String username, long reportId) {
    Report report = read(username, reportId);
    return em.createNamedQuery("EvidenceFile.findByReport", EvidenceFile.class).setParameter("report", report).getResultList();
  }

  /** Saves one KPI of the draft; the level is computed here from the program's thresholds. */
  public KpiScore saveKpi(String username, long reportId, KpiInput input) {
    return record(ownDraft(username, reportId), input);
  }

  /** What saving one KPI of several came to: its score, or why it was refused (the others are saved all the same). */
  public record KpiSaved(int kpiNumber, KpiScore score, BusinessException refused) {}

  /**
   * Saves several KPIs of the draft in one transaction under one lock of the report (the form's
   * "save" and the save before a submit). A KPI with a bad value is refused and reported; the
   * others are saved.
   */
  public List<KpiSaved> saveKpis(String username, long reportId, List<KpiInput> inputs) {
    Report report = ownDraft(username, reportId);
    List<KpiSaved> saved = new ArrayList<>();
    for (KpiInput input : inputs) {
      try {
        saved.add(new KpiSaved(input.kpiNumber(), record(report, input), null));
      } catch (BusinessException refused) { // checked before anything of this KPI changed: the rest of the draft stays
        saved.add(new KpiSaved(input.kpiNumber(), null, refused));
      }
    }
    return saved;
  }

  private KpiScore record(Report report, KpiInput input) {
    KpiMeasure kpi = report.entryFor(input.kpiNumber())
        .orElseThrow(() -> new BusinessException("report.noSuchKpi", input.kpiNumber())).measure();
    KpiScore score = KpiScore.of(kpi, input.figure(), input.base(), input.chosenLevel());
    report.record(input.kpiNumber(), input.figure(), input.base(), score.level(), cleanRows(input.rows()), clock.instant());
    return score;
  }

  public EvidenceFile attach(String username, long reportId, int kpiNumber, String fileName, byte[] content) {
    Report report = ownDraft(username, reportId);
    report.entryFor(kpiNumber).orElseThrow(() -> new BusinessException("report.noSuchKpi", kpiNumber));
    // counted under the report's lock (ownDraft), so two uploads at once cannot both take the last place
    long onKpi = em.createNamedQuery("EvidenceFile.countByReportAndKpi", Long.class).setParameter("report", report)
        .setParameter("kpi", kpiNumber).getSingleResult();
    if (onKpi >= limits.maxPerKpi()) {
      throw new BusinessException("evidence.tooManyForKpi", limits.maxPerKpi());
    }
    long onReport = em.createNamedQuery("EvidenceFile.countByReport", Long.class).setParameter("report", report).getSingleResult();
    if (onReport >= limits.maxPerReport()) {
      throw new BusinessException("evidence.tooManyForReport", limits.maxPerReport());
    }
    EvidenceCheck.Accepted ok = EvidenceCheck.check(fileName, content);
    EvidenceFile file = new EvidenceFile(report, kpiNumber, ok.fileName(), ok.contentType(), content, CanonicalForm.sha256(content), clock.instant());
    em.persist(file);
    report.touch(clock.instant());
    return file;
  }

  public void removeEvidence(String username, long evidenceId) {
    EvidenceFile file = AccessPolicy.found(em.find(EvidenceFile.class, evidenceId));
    ownDraft(username, file.getReport().getId());
    file.remove();
  }

  /** The evidence file if the user may see its report. */
  public EvidenceFile download(String username, long evidenceId) {
    Person user = people.byUsername(username);
    EvidenceFile file = AccessPolicy.found(em.find(EvidenceFile.class, evidenceId));
    AccessPolicy.requireSee(user, file.getReport(), duties.principalsOf(user));
    file.getContent(); // load the lazy bytes inside the transaction
    return file;
  }

  /** Locks the report row: draft edits, uploads and removals queue behind a running submit, never slip past it. */
  private Report ownDraft(String username, long reportId) {
    Person user = people.byUsername(username);
    Report report = em.find(Report.class, reportId, LockModeType.PESSIMISTIC_WRITE);
    AccessPolicy.requireOwn(user, report);
    report.ensureEditable();
    return report;
  }

  static List<KpiRow> cleanRows(List<KpiRow> rows) {
    List<KpiRow> clean = new ArrayList<>();
    if (rows == null) {
      return clean;
    }
    for (KpiRow row : rows) {
      String target = clean(row.getTarget());
      String result = clean(row.getResult());
      if (!target.isEmpty() || !result.isEmpty()) {
        clean.add(new KpiRow(target, result));
      }
    }
    if (clean.size() > MAX_ROWS) {
      throw new BusinessException("report.tooManyRows", MAX_ROWS);
    }
    return clean;
  }

  static String clean(String text) {
    if (text == null) {
      return "";
    }
    String t = PlainText.clean(text);
    if (t.length() > MAX_TEXT) {
      throw new BusinessException("input.tooLong", MAX_TEXT);
    }
    return t;
  }
}
