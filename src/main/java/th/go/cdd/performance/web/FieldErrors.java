package th.go.cdd.performance.web;

import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import java.math.BigDecimal;
import org.primefaces.PrimeFaces;
import th.go.cdd.performance.shared.BusinessException;
import th.go.cdd.performance.shared.Label;

/**
 * A refusal shown at the field it is about: the field is marked invalid (PrimeFaces then renders
 * ui-state-error and aria-invalid), its message goes to its own p:message (read out by screen
 * readers, which PrimeFaces renders as a live region), and both are rendered again in this
 * response; the page scrolls to it (resources/js/field-errors.js).
 */
public final class FieldErrors {
  private FieldErrors() {}

  public static void at(String clientId, BusinessException e) {
    FacesContext fc = FacesContext.getCurrentInstance();
    fc.getViewRoot().invokeOnComponent(fc, clientId, (context, component) -> {
      if (component instanceof UIInput input) {
        input.setValid(false);
        // an invalid field shows its submitted text: keep showing what was typed, to be corrected
        Object typed = input.getValue();
        input.setSubmittedValue(typed instanceof BigDecimal n ? n.toPlainString() : typed == null ? "" : typed.toString());
      }
    });
    Texts.error(clientId, e);
    PrimeFaces.current().ajax().update(clientId, clientId + "Msg");
  }

  /** A refused evidence file, at the KPI's upload: "KPI n, evidence: why", in both languages. */
  public static void atEvidence(String uploadId, int kpiNumber, BusinessException e) {
    FacesContext.getCurrentInstance().addMessage(uploadId, Texts.message(jakarta.faces.application.FacesMessage.SEVERITY_ERROR,
        "kpi.evidenceRefused", kpiNumber, new Label("field.evidence"), e));
  }

}
