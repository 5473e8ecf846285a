package th.go.cdd.performance.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import th.go.cdd.performance.shared.ThaiDates;

/** A date field typed as dd/mm/yyyy in the Buddhist Era (Thai digits accepted), through {@link ThaiDates}. */
@FacesConverter("thaiDate")
public class ThaiDateConverter implements Converter<LocalDate> {
  @Override
  public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
    try {
      return ThaiDates.parse(value);
    } catch (DateTimeParseException e) {
      String text = Texts.text(context.getViewRoot().getLocale(), "input.date");
      throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text), e);
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
    return ThaiDates.format(value);
  }
}
