package th.go.cdd.performance.web.report;

import th.go.cdd.performance.access.AccessPolicy;
import th.go.cdd.performance.web.Texts;
import th.go.cdd.performance.web.FieldErrors;
import th.go.cdd.performance.web.Downloads;
import th.go.cdd.performance.web.UserSession;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.persistence.PersistenceException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import th.go.cdd.performance.approval.ApprovalService;
import th.go.cdd.performance.approval.ApprovalStep;
import th.go.cdd.performance.approval.Decision;
import th.go.cdd.performance.document.ReportRead;
import th.go.cdd.performance.document.ReportReading;
import th.go.cdd.performance.approval.Signature;
import th.go.cdd.performance.approval.SignatureStep;
import th.go.cdd.performance.monitoring.ProcessTrail.Trail;
import th.go.cdd.performance.monitoring.TrailStep;
import th.go.cdd.performance.program.KpiKind;
import th.go.cdd.performance.report.EvidenceCheck;
import th.go.cdd.performance.report.EvidenceFile;
import th.go.cdd.performance.report.KpiField;
import th.go.cdd.performance.report.KpiRefused;
import th.go.cdd.performance.report.Report;
import th.go.cdd.performance.report.ReportEditor;
import th.go.cdd.performance.shared.BusinessException;

/**
 * The report page: the staff member edits (every change saved as a draft), certifies and submits or
 * recalls; an approver reads, approves or signs, or returns with a comment. Every action is one
 * service call; the services check who may do what.
 */
@Named
@ViewScoped
public class ReportView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private ReportEditor editor;
  @Inject private ApprovalService approvals;
  @Inject private UserSession session;
  @Inject private ReportReading reading;

  private Long id;
  private List<KpiForm> kpis = new ArrayList<>();
  /** The report and what goes with it, read for the current request only. */
  @Inject private ReportPageReads reads;
  /** Whether this user may edit or recall it, as it was when the page was (re)loaded; the services decide again on every action. */
  private boolean editable;
  private boolean recallable;
  private ApprovalStep actionableStep;
  /** The submitted version shown when the page was (re)loaded: the one an approver signs. */
  private int seenSubmission;
  private boolean certified;
  private String comment;
  private boolean denied;

  /** Called on GET (f:viewAction): the id in the URL is checked against who is signed in. */
  public void load() {
    if (id == null) {
      denied = true;
      Texts.error(null, AccessPolicy.DENIED);
      return;
    }
    try {
      reload();
    } catch (BusinessException e) {
      denied = true;
      Texts.error(null, e);
    }
  }

  private void reload() {
    ReportRead read = reading.read(session.getUsername(), id);
    reads.setRead(read);
    Report report = read.report();
    kpis = new ArrayList<>(report.getEntries().stream().map(KpiForm::new).sorted(java.util.Comparator.comparingInt(KpiForm::getNumber)).toList());
    SignatureStep step = read.actionableStep();
    actionableStep = step == null ? null : ApprovalStep.of(step);
    seenSubmission = report.getSubmissionCount();
    editable = session.isStaff() && report.isEditable();
    recallable = session.isStaff() && ApprovalStep.waitingAt(report.getStatus()).filter(ApprovalStep::isRecallable).isPresent();
  }

  private Report report() {
    ReportRead read = read();
    return read == null ? null : read.report();
  }

  /** The one read of this request (after one access check); null when the page was refused. */
  private ReportRead read() {
    if (reads.getRead() == null && !denied && id != null) {
      reads.setRead(reading.read(session.getUsername(), id));
    }
    return reads.getRead();
  }

  /** Saves one KPI as the user types (autosave); a bad value is reported and the rest stays saved. */
  public void saveKpi(KpiForm kpi) {
    if (kpi.isPercentage() && kpi.getFigure() != null && kpi.getBase() == null) {
      return; // the base is the next field: both are saved together once it is typed (submit still checks)
    }
    try {
      kpi.scored(editor.saveKpi(session.getUsername(), id, kpi.toInput()));
    } catch (KpiRefused e) {
      FieldErrors.at(fieldId(kpi, e.getField()), e);
    } catch (BusinessException e) {
      Texts.error(null, e);
    } catch (EJBException | PersistenceException e) {
      Texts.error(null, "error.concurrent"); // what was typed stays in the form: the next change saves it again
    }
  }

  /** Saves every KPI changed since it was last saved, in one transaction; a KPI with a bad value is reported, the others are saved. */
  public boolean saveAll() {
    Map<Integer, KpiForm> dirty = new LinkedHashMap<>();
    kpis.stream().filter(KpiForm::isDirty).forEach(k -> dirty.put(k.getNumber(), k)); // never overwrite what another tab saved since
    boolean ok = true;
    if (!dirty.isEmpty()) {
      try {
        for (ReportEditor.KpiSaved saved : editor.saveKpis(session.getUsername(), id, dirty.values().stream().map(KpiForm::toInput).toList())) {
          if (saved.refused() == null) {
            dirty.get(saved.kpiNumber()).scored(saved.score());
          } else {
            refused(dirty.get(saved.kpiNumber()), saved.refused());
            ok = false;
          }
        }
      } catch (BusinessException e) {
        Texts.error(null, e);
        return false;
      } catch (EJBException | PersistenceException e) {
        concurrentChange();
        return false;
      }
    }
    if (ok) {
      Texts.info("report.saved", Texts.text(session.getLocale(), "report.autosave"));
    }
    return ok;
  }

  /** A refusal at the field it is about, when it is about one; else at the top of the page. */
  private void refused(KpiForm kpi, BusinessException e) {
    if (e instanceof KpiRefused r) {
      FieldErrors.at(fieldId(kpi, r.getField()), e);
    } else {
      Texts.error(null, e);
    }
  }

  /** The client id of a KPI's input on this page (form "report", the KPIs repeated as "kpis"). */
  private String fieldId(KpiForm kpi, KpiField field) {
    String input = switch (field) {
      case FIGURE -> "figure";
      case BASE -> "base";
      case LEVEL -> "chosenLevel";
    };
    return "report:kpis:" + kpis.indexOf(kpi) + ":" + input;
  }

  public void addRow(KpiForm kpi) {
    kpi.addRow();
  }

  public void removeRow(KpiForm kpi, KpiForm.RowForm row) {
    kpi.removeRow(row);
    saveKpi(kpi);
  }

  public void submit() {
    if (!certified) {
      Texts.error(null, "report.certifyRequired");
      return;
    }
    if (!saveAll()) {
      return;
    }
    act(() -> approvals.submit(session.getUsername(), id), "report.submitted");
  }

  public void recall() {
    act(() -> approvals.recall(session.getUsername(), id), "report.recalled");
  }

  public void approve() {
    // with no step of theirs (a stale page) the service refuses and says why
    Decision d = actionableStep == null ? Decision.APPROVE : actionableStep.forward();
    act(() -> approvals.decide(session.getUsername(), id, seenSubmission, d, comment), d == Decision.SIGN ? "report.signedDone" : "report.approved");
  }

  public void returnReport() {
    act(() -> approvals.decide(session.getUsername(), id, seenSubmission, Decision.RETURN, comment), "report.returnedDone");
  }

  public void claim() {
    act(() -> approvals.claim(session.getUsername(), id), "report.claimed");
  }

  public void release() {
    act(() -> approvals.release(session.getUsername(), id), "report.released");
  }

  public void upload(FileUploadEvent event) {
    Integer kpiNumber = (Integer) event.getComponent().getAttributes().get("kpi");
    String uploadId = event.getComponent().getClientId();
    try {
      EvidenceCheck.requireWithinLimit(event.getFile().getSize());
      editor.attach(session.getUsername(), id, kpiNumber, event.getFile().getFileName(), event.getFile().getContent());
      reads.setEvidence(null);
    } catch (BusinessException e) {
      FieldErrors.atEvidence(uploadId, kpiNumber, e);
    } catch (EJBException | PersistenceException e) {
      Texts.error(null, "error.concurrent");
    }
  }

  public void removeEvidence(long evidenceId) {
    try {
      editor.removeEvidence(session.getUsername(), evidenceId);
      reads.setEvidence(null);
    } catch (BusinessException e) {
      Texts.error(null, e);
    }
  }

  /** Someone else changed the report meanwhile: say so and show what is saved now. */
  private void concurrentChange() {
    Texts.error(null, "error.concurrent");
    PrimeFaces.current().ajax().update("report"); // save renders only the levels: show the whole form as it is saved now
    try {
      reload();
    } catch (BusinessException e) {
      denied = true;
    }
  }

  /** Keeps the session alive while the page is open, so a long form is never lost to a timeout. */
  public void keepAlive() {
    // nothing to do: the request itself renews the session
  }

  private void act(Runnable action, String doneKey) {
    try {
      action.run();
      Texts.info(doneKey);
      comment = null;
      certified = false;
    } catch (BusinessException e) {
      Texts.error(null, e);
    } catch (EJBException | PersistenceException e) {
      Texts.error(null, "error.concurrent");
    }
    try {
      reload();
    } catch (BusinessException e) {
      denied = true;
    }
  }

  public List<EvidenceFile> evidenceFor(int kpiNumber) {
    return allEvidence().stream().filter(e -> e.getKpiNumber() == kpiNumber).toList();
  }

  private List<EvidenceFile> allEvidence() {
    if (reads.getEvidence() == null) {
      reads.setEvidence(reading.evidence(read()));
    }
    return reads.getEvidence();
  }

  public List<Signature> getHistory() {
    if (reads.getHistory() == null && !denied && id != null) {
      reads.setHistory(reading.history(read()));
    }
    return reads.getHistory();
  }

  /**
   * Where the report's process stands, for the diagram and the step history. A refusal (rights
   * that ended since the page was loaded, a substitution that ran out) gives an empty trail and is
   * said in the trail's own place on the page ({@link #getTrailRefusal}), never an error page: the
   * page's messages are drawn above the trail, before it is read.
   */
  public Trail getTrail() {
    if (reads.getTrail() == null) {
      Trail none = new Trail(null, Set.of(), Set.of(), List.of());
      if (denied || id == null) {
        reads.setTrail(none);
      } else {
        try {
          reads.setTrail(reading.trail(read()));
        } catch (BusinessException e) {
          reads.setTrail(none, Texts.text(session.getLocale(), e.getKey(), e.getArgs()));
        }
      }
    }
    return reads.getTrail();
  }

  /** Why the trail is empty, when the service refused it; null when it was not refused. */
  public String getTrailRefusal() {
    getTrail();
    return reads.getTrailRefusal();
  }

  /** A step's name in the page's language; the model's own name for a step the bundles do not know. */
  public String stepLabel(TrailStep step) {
    String key = DiagramLabels.PREFIX + step.activityId();
    String text = Downloads.label(key);
    return key.equals(text) ? step.activityName() : text;
  }

  /** KPI n's evidence files, counted for the summary above the form. */
  public int evidenceCount(int kpiNumber) {
    return evidenceFor(kpiNumber).size();
  }

  /** Every evidence file of the report, counted for the summary above the form. */
  public int getEvidenceCount() {
    return allEvidence().size();
  }

  /** When the staff member certified the version the reader is asked to decide on: the last certification signed. */
  public Instant getCertifiedAt() {
    List<Signature> history = getHistory();
    for (int i = history.size() - 1; i >= 0; i--) {
      if (history.get(i).getDecision() == Decision.CERTIFY) {
        return history.get(i).getSignedAt();
      }
    }
    return null;
  }

  /** A KPI's figure as the summary shows it ("4 ขั้น", "25 ครั้ง", "ร้อยละ 77.5 (62 จาก 80)"); a dash when none is entered or it has none. */
  public String summaryFigure(KpiForm kpi) {
    BigDecimal figure = kpi.getFigure();
    if (kpi.isFreeForm() || figure == null) {
      return "–";
    }
    Locale locale = session.getLocale();
    return switch (KpiKind.valueOf(kpi.getKind())) {
      case PERCENTAGE -> kpi.getBase() == null || kpi.getValue() == null
          ? figure.toPlainString()
          : Texts.text(locale, "report.summary.percentage", kpi.getValueText(), figure.toPlainString(), kpi.getBase().toPlainString());
      case STAGED -> Texts.text(locale, "report.summary.staged", figure.toPlainString());
      default -> Texts.text(locale, "report.summary.count", figure.toPlainString(), kpi.getUnitTh() == null ? "" : kpi.getUnitTh()).strip();
    };
  }

  /** The diagram's labels in the page's language, by element id (JSON), from the same texts as the trail's steps. */
  public String getDiagramLabels() {
    return DiagramLabels.json(session.getLocale());
  }

  public boolean isEditable() {
    return !denied && editable;
  }

  public boolean isRecallable() {
    return !denied && recallable;
  }

  public boolean isDecidable() {
    return !denied && actionableStep != null;
  }

  /** Claimed from the group by this user (a task an administrator assigned to them cannot be given back). */
  public boolean isClaimedByMe() {
    return isDecidable() && session.getUsername().equals(report().getPendingAssignee()) && report().getPendingGroup() != null;
  }

  /** The name of the principal this user signs for as their substitute today, or null. */
  public String getActingFor() {
    if (!isDecidable()) {
      return null;
    }
    var principal = read().actingFor();
    return principal == null ? null : principal.getDisplayName();
  }

  public boolean isOfficerStep() {
    return actionableStep == ApprovalStep.OFFICER;
  }

  public Report getReport() {
    return denied ? null : report();
  }

  /** An administrator may hand the task to another approver while the report waits at an approver's step. */
  public boolean isReassignable() {
    return !denied && session.isAdministrator() && report() != null && ApprovalStep.approverAt(report().getStatus()).isPresent();
  }

  public boolean isDenied() {
    return denied;
  }

  public List<KpiForm> getKpis() {
    return kpis;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public boolean isCertified() {
    return certified;
  }

  public void setCertified(boolean certified) {
    this.certified = certified;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
