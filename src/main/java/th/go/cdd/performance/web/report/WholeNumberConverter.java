package th.go.cdd.performance.web.report;

import th.go.cdd.performance.web.Texts;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;
import th.go.cdd.performance.report.WholeNumberText;
import th.go.cdd.performance.shared.Label;

/**
 * A KPI figure typed on the report form ({@link WholeNumberText}). The field says which KPI it
 * belongs to and its name's bundle key (attributes "kpi" and "field"), so that a refusal names both,
 * in the page's language with the other below it.
 */
@FacesConverter("cdd.wholeNumber")
public class WholeNumberConverter implements Converter<BigDecimal> {
  @Override
  public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
    try {
      return WholeNumberText.parse(value).orElse(null);
    } catch (IllegalArgumentException e) {
      Object kpi = component.getAttributes().get("kpi");
      Label field = new Label(String.valueOf(component.getAttributes().get("field")));
      throw new ConverterException(Texts.message(FacesMessage.SEVERITY_ERROR, "kpi.notANumber", kpi, field), e);
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
    return value == null ? "" : value.toPlainString();
  }
}
