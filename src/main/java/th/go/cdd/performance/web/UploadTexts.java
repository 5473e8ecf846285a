package th.go.cdd.performance.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Locale;
import th.go.cdd.performance.report.EvidenceCheck;
import th.go.cdd.performance.shared.Label;

/**
 * The words of the browser's own file check (resources/js/field-errors.js) from the bundles: the
 * page's language as the summary, the other below it, and each KPI's upload named "KPI n, evidence".
 * PrimeFaces fills {0} with the file's name.
 */
@Named
@RequestScoped
public class UploadTexts {
  private static final Locale THAI = Locale.forLanguageTag("th");

  private static Locale current() {
    FacesContext fc = FacesContext.getCurrentInstance();
    return fc.getViewRoot() == null ? THAI : fc.getViewRoot().getLocale();
  }

  private static Locale other() {
    return "th".equals(current().getLanguage()) ? Locale.ENGLISH : THAI;
  }

  public String getSizeSummary() {
    return "{0}: " + Texts.text(current(), "evidence.tooLarge", EvidenceCheck.MAX_BYTES / (1024 * 1024));
  }

  public String getSizeDetail() {
    return "{0}: " + Texts.text(other(), "evidence.tooLarge", EvidenceCheck.MAX_BYTES / (1024 * 1024));
  }

  public String getTypeSummary() {
    return "{0}: " + Texts.text(current(), "evidence.type");
  }

  public String getTypeDetail() {
    return "{0}: " + Texts.text(other(), "evidence.type");
  }

  public String fieldSummary(int kpiNumber) {
    return Texts.text(current(), "kpi.fieldName", kpiNumber, new Label("field.evidence"));
  }

  public String fieldDetail(int kpiNumber) {
    return Texts.text(other(), "kpi.fieldName", kpiNumber, new Label("field.evidence"));
  }
}
