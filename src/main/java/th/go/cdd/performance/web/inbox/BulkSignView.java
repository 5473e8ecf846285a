package th.go.cdd.performance.web.inbox;

import th.go.cdd.performance.web.Texts;
import th.go.cdd.performance.web.UserSession;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import th.go.cdd.performance.approval.BulkItem;
import th.go.cdd.performance.approval.BulkOutcome;
import th.go.cdd.performance.approval.BulkSigning;
import th.go.cdd.performance.shared.BusinessException;

/** The bulk signing page: the officer's waiting reports, a selection, one confirmation, an outcome per report. */
@Named
@ViewScoped
public class BulkSignView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private BulkSigning bulk;
  @Inject private UserSession session;

  private List<BulkItem> candidates = List.of();
  private List<BulkItem> selected = new ArrayList<>();
  private List<BulkOutcome> outcomes = List.of();
  private boolean denied;

  /** f:viewAction: the list the officer reviews; its versions are the ones that will be signed. */
  public void load() {
    try {
      candidates = bulk.candidates(session.getUsername());
    } catch (BusinessException e) {
      denied = true;
      Texts.error(null, e);
    }
  }

  public void sign() {
    try {
      outcomes = bulk.sign(session.getUsername(), selected);
      long ok = outcomes.stream().filter(BulkOutcome::signed).count();
      Texts.info("bulk.done", ok, outcomes.size() - ok);
    } catch (BusinessException e) {
      Texts.error(null, e);
    }
    selected = new ArrayList<>();
    candidates = bulk.candidates(session.getUsername());
  }

  /** One outcome's message in the page's language. */
  public String message(BulkOutcome outcome) {
    Locale locale = session.getLocale();
    return Texts.text(locale, outcome.messageKey(), outcome.args());
  }

  public List<BulkItem> getCandidates() {
    return candidates;
  }

  public List<BulkItem> getSelected() {
    return selected;
  }

  public void setSelected(List<BulkItem> selected) {
    this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
  }

  public int getSelectedCount() {
    return selected.size();
  }

  public List<BulkOutcome> getOutcomes() {
    return outcomes;
  }

  public boolean isDenied() {
    return denied;
  }
}
