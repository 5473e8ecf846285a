package th.go.cdd.performance.document;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import th.go.cdd.performance.approval.ApprovalStep;
import th.go.cdd.performance.approval.Signature;
import th.go.cdd.performance.monitoring.MonitoringScope;
import th.go.cdd.performance.people.Duties;
import th.go.cdd.performance.people.People;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.program.KpiKind;
import th.go.cdd.performance.program.ReportingRound;
import th.go.cdd.performance.reminder.ReminderSettings;
import th.go.cdd.performance.report.EvidenceFile;
import th.go.cdd.performance.report.KpiEntry;
import th.go.cdd.performance.report.Report;
import th.go.cdd.performance.report.ReportStatus;
import th.go.cdd.performance.access.AccessPolicy;
import th.go.cdd.performance.shared.BusinessException;
import th.go.cdd.performance.shared.ThaiDates;

/**
 * Prints reports as the official summary: one report for whoever may see it, or a province's
 * reports of a round in one PDF for the filing cabinet. The signature blocks carry the signatures
 * of the report's latest submission; a signed report carries its verification code.
 */
@Stateless
public class SummaryDocuments {
  @PersistenceContext private EntityManager em;
  @Inject private People people;
  @Inject private Duties duties;
  @Inject private ReminderSettings settings;

  public byte[] summary(String username, long reportId, boolean thaiDigits) {
    Report report = em.find(Report.class, reportId);
    Person user = people.byUsername(username);
    AccessPolicy.requireSee(user, report, duties.principalsOf(user));
    return new SummaryForm(thaiDigits).print(List.of(data(report)));
  }

  /** Every report of the round in the province (participation ended excluded), in name order. */
  public byte[] province(String username, long roundId, String provinceCode, boolean thaiDigits) {
    MonitoringScope scope = MonitoringScope.of(people.byUsername(username));
    scope.requireProvince(provinceCode);
    ReportingRound round = em.find(ReportingRound.class, roundId);
    if (round == null) {
      throw new BusinessException("monitoring.noSuchRound");
    }
    java.util.Map<String, Object> params = new java.util.HashMap<>();
    var q = em.createQuery("select r from Report r join r.staff s where r.round = :round and s.province.code = :province"
        + " and r.status <> th.go.cdd.performance.report.ReportStatus.WITHDRAWN and " + scope.condition(params)
        + " order by s.nameSortKey, s.id", Report.class)
        .setParameter("round", round).setParameter("province", provinceCode);
    params.forEach(q::setParameter);
    List<SummaryData> all = new ArrayList<>();
    for (Report r : q.getResultList()) {
      all.add(data(r));
    }
    return new SummaryForm(thaiDigits).print(all);
  }

  SummaryData data(Report report) {
    Person staff = report.getStaff();
    List<EvidenceFile> evidence = em.createNamedQuery("EvidenceFile.findByReport", EvidenceFile.class)
        .setParameter("report", report).getResultList();
    List<SummaryData.Kpi> kpis = new ArrayList<>();
    java.util.Map<Integer, java.math.BigDecimal> yearToDate = SignedFigures.yearToDate(em, report);
    for (KpiEntry e : report.getEntries()) {
      if (!printed(e)) {
        continue;
      }
      kpis.add(new SummaryData.Kpi(e.getNumber(), e.getTitleTh(), SignedFigures.of(e, yearToDate),
          e.getRows().stream().map(r -> new SummaryData.Row(r.getTarget(), r.getResult())).toList(),
          evidence.stream().filter(f -> f.getKpiNumber() == e.getNumber()).map(EvidenceFile::getFileName).toList()));
    }
    List<Signature> chain = em.createNamedQuery("Signature.findByReport", Signature.class).setParameter("report", report).getResultList();
    int submission = report.getSubmissionCount();
    String position = staff.getPositionTh();
    String code = report.getStatus() == ReportStatus.SIGNED && !chain.isEmpty() ? Verification.codeOf(report, chain.get(chain.size() - 1)) : null;
    return new SummaryData(report.getRound().getNumber(), report.getRound().getPeriodStart(), report.getRound().getPeriodEnd(),
        staff.getDisplayName(), position, staff.getWorkGroup() == null ? null : staff.getWorkGroup().getNameTh(),
        staff.getProvince() == null ? null : staff.getProvince().getNameTh(), kpis,
        signer(chain, submission, ApprovalStep.STAFF).orElse(new SummaryData.Signer(staff.getDisplayName(), position, null, null)),
        signer(chain, submission, ApprovalStep.DIRECTOR).orElse(null),
        signer(chain, submission, ApprovalStep.OFFICER).orElse(null),
        code, code == null ? null : settings.publicUrl() + "/verify.xhtml?code=" + code);
  }

  /** The blank KPI 7 is printed only when reported; assigned KPIs 7-10 always ("if any"). */
  static boolean printed(KpiEntry e) {
    boolean empty = e.getRows().isEmpty() && e.getLevel() == null;
    return e.isAssigned() || e.getKind() != KpiKind.FREE_FORM || !empty;
  }

  /** Who moved this version on at the step (certified, approved, signed); a return is not a signature on the form. */
  private static Optional<SummaryData.Signer> signer(List<Signature> chain, int submission, ApprovalStep step) {
    return chain.stream()
        .filter(s -> s.getSubmission() != null && s.getSubmission().getNumber() == submission && s.getStep() == step.signatureStep()
            && s.getDecision() == step.forward())
        .reduce((a, b) -> b)
        .map(s -> new SummaryData.Signer(s.getSigner().getDisplayName(), s.getSigner().getPositionTh(), signedOn(s),
            s.getOnBehalfOf() == null ? null : s.getOnBehalfOf().getDisplayName()));
  }

  private static LocalDate signedOn(Signature s) {
    return LocalDate.ofInstant(s.getSignedAt(), ThaiDates.BANGKOK);
  }
}
