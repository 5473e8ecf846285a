package th.go.cdd.performance.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.util.regex.Pattern;

/**
 * A record id from the URL (report, round): anything but a plain positive number means "no such
 * record", so the page's load action still runs and answers as for an unknown id, instead of a
 * conversion error that skips the load and leaves the page half-built (a server error).
 */
@FacesConverter("cdd.id")
public class IdParameter implements Converter<Long> {
  private static final Pattern ID = Pattern.compile("[0-9]{1,18}");

  @Override
  public Long getAsObject(FacesContext context, UIComponent component, String value) {
    return value != null && ID.matcher(value.strip()).matches() ? Long.valueOf(value.strip()) : null;
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, Long value) {
    return value == null ? "" : value.toString();
  }
}
