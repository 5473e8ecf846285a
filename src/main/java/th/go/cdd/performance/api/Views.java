package th.go.cdd.performance.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import th.go.cdd.performance.approval.InboxRow;
import th.go.cdd.performance.approval.Signature;
import th.go.cdd.performance.document.Verification;
import th.go.cdd.performance.monitoring.Holder;
import th.go.cdd.performance.monitoring.KpiTotal;
import th.go.cdd.performance.monitoring.ProvinceProgress;
import th.go.cdd.performance.monitoring.ReportCounts;
import th.go.cdd.performance.monitoring.ReportLine;
import th.go.cdd.performance.program.Program;
import th.go.cdd.performance.program.ReportingRound;
import th.go.cdd.performance.report.EvidenceFile;
import th.go.cdd.performance.report.KpiScore;

/**
 * What the API answers, as JSON: its own records, so that the contract changes only when these do,
 * never because an entity gained a field. Dates are ISO (Christian era); names as stored (Thai).
 */
public final class Views {
  private Views() {}

  public record RoundView(long id, int number, LocalDate periodStart, LocalDate periodEnd, LocalDate dueDate) {
    static RoundView of(ReportingRound r) {
      return new RoundView(r.getId(), r.getNumber(), r.getPeriodStart(), r.getPeriodEnd(), r.getDueDate());
    }
  }

  public record ProgramView(long id, String code, String nameTh, String nameEn, String status, List<RoundView> rounds) {
    static ProgramView of(Program p) {
      return new ProgramView(p.getId(), p.getCode(), p.getNameTh(), p.getNameEn(), p.getStatus().name(),
          p.getRounds().stream().map(RoundView::of).toList());
    }
  }

  public record HolderView(String role, String names, String closedNames) {
    static HolderView of(Holder h) {
      return new HolderView(h.role().name(), h.names(), h.closedNames());
    }
  }

  public record ReportLineView(Long reportId, String staffName, String provinceTh, String groupTh, int roundNumber, String state,
                               LocalDate dueDate, long daysLate, HolderView holder) {
    static ReportLineView of(ReportLine l) {
      return new ReportLineView(l.reportId(), l.staffName(), l.provinceTh(), l.groupTh(), l.roundNumber(), l.getState(), l.dueDate(),
          l.daysLate(), HolderView.of(l.holder()));
    }
  }

  public record CountsView(long staff, long notStarted, long draft, long withDirector, long withOfficer, long returned, long signed,
                           long overdue, double signedPercent) {
    static CountsView of(ReportCounts c) {
      return new CountsView(c.staff(), c.notStarted(), c.draft(), c.withDirector(), c.withOfficer(), c.returned(), c.signed(),
          c.overdue(), c.signedPercent());
    }
  }

  public record ProvinceCountsView(String code, String nameTh, String nameEn, int cohort, String region, CountsView counts) {
    static ProvinceCountsView of(ProvinceProgress p) {
      return new ProvinceCountsView(p.code(), p.nameTh(), p.nameEn(), p.cohort(), p.region().name(), CountsView.of(p.counts()));
    }
  }

  public record DashboardView(long roundId, CountsView total, List<ProvinceCountsView> provinces) {}

  public record KpiTotalView(int number, String titleTh, String titleEn, String kind, String unitTh, long reported, BigDecimal result,
                             BigDecimal headcountTarget, Integer nationalTotal, BigDecimal nationalPercent, BigDecimal targetPercent,
                             List<Long> staffAtLevel) {
    static KpiTotalView of(KpiTotal t) {
      return new KpiTotalView(t.number(), t.titleTh(), t.titleEn(), t.kind().name(), t.unitTh(), t.reported(), t.result(),
          t.headcountTarget(), t.nationalTotal(), t.getNationalPercent(), t.getTargetPercent(),
          java.util.Arrays.stream(t.levels()).boxed().toList());
    }
  }

  /** One report: where it stands, who holds it, and its content in the canonical form the signatures cover. */
  public record ReportView(long id, String staffName, String provinceCode, String programCode, int roundNumber, String status,
                           LocalDate dueDate, boolean overdue, int submissionNumber, HolderView holder, String canonicalForm) {}

  public record EvidenceView(long id, int kpiNumber, String fileName, String contentType, long size, String sha256, Instant uploadedAt) {
    static EvidenceView of(EvidenceFile e) {
      return new EvidenceView(e.getId(), e.getKpiNumber(), e.getFileName(), e.getContentType(), e.getSize(), e.getSha256(),
          e.getUploadedAt());
    }
  }

  public record SignatureView(int position, int submissionNumber, String step, String decision, String signer, String onBehalfOf,
                              Instant signedAt, String comment, String previousHash, String hash) {
    static SignatureView of(Signature s) {
      return new SignatureView(s.getPosition(), s.getSubmission().getNumber(), s.getStep().name(), s.getDecision().name(),
          s.getSigner().getDisplayName(), s.getOnBehalfOf() == null ? null : s.getOnBehalfOf().getDisplayName(), s.getSignedAt(),
          s.getComment(), s.getPreviousHash(), s.getHash());
    }
  }

  public record VerificationView(String outcome, String seal, String staffName, int round, List<Verification.SignedBy> signatures,
                                 List<Verification.KpiFigures> kpis) {
    static VerificationView of(Verification.Result r) {
      return new VerificationView(r.outcome().name(), r.seal() == null ? null : String.valueOf(r.seal()), r.staffName(), r.round(),
          r.signatures(), r.kpis());
    }
  }

  public record TaskView(long reportId, String staffName, String programTh, int roundNumber, LocalDate dueDate, String status,
                         boolean overdue) {
    static TaskView of(InboxRow r) {
      return new TaskView(r.getReportId(), r.getStaffName(), r.getProgramTh(), r.getRoundNumber(), r.getDueDate(), r.getStatus().name(),
          r.isOverdue());
    }
  }

  /** A KPI's figures as the report page's form sends them. */
  public record KpiFiguresInput(BigDecimal figure, BigDecimal base, Integer chosenLevel, List<KpiRowInput> rows) {}

  public record KpiRowInput(String target, String result) {}

  public record KpiScoreView(int kpiNumber, Integer level, BigDecimal value, BigDecimal gapToNext) {
    static KpiScoreView of(int kpiNumber, KpiScore s) {
      return new KpiScoreView(kpiNumber, s.level(), s.value(), s.gapToNext());
    }
  }

  public record SubmissionView(long reportId, int submissionNumber, String status, String hash) {}
}
