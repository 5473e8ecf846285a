package th.go.cdd.performance.web;

import jakarta.faces.context.FacesContext;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.function.Function;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import th.go.cdd.performance.export.Table;
import th.go.cdd.performance.export.TableFormat;

/** Exported tables as downloads, and the page's language as a label lookup for their headings. */
public final class Downloads {
  private Downloads() {}

  public static StreamedContent of(Table table, TableFormat format, String baseName) {
    byte[] bytes = format.write(table);
    return DefaultStreamedContent.builder()
        .name(baseName + "." + format.extension())
        .contentType(format.contentType())
        .contentLength((long) bytes.length)
        .stream(() -> new ByteArrayInputStream(bytes))
        .build();
  }

  public static Function<String, String> labels() {
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    return key -> Texts.text(locale, key);
  }

  public static String label(String key, Object... args) {
    return Texts.text(FacesContext.getCurrentInstance().getViewRoot().getLocale(), key, args);
  }
}
