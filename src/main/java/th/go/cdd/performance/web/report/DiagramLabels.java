package th.go.cdd.performance.web.report;

import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;

/**
 * The process diagram's labels in the page's language: the bundle texts the trail table uses
 * ({@code trail.activity.<element id>}), keyed by BPMN element id. The diagram script puts them in
 * place of the model's names in the browser, so the BPMN files keep their English names for the
 * Modeler.
 */
public final class DiagramLabels {
  /** The bundle keys' prefix, shared with the trail table's step names. */
  public static final String PREFIX = "trail.activity.";

  private DiagramLabels() {}

  /** Element id to label, for every element the bundle names. */
  public static Map<String, String> of(Locale locale) {
    ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", locale);
    Map<String, String> labels = new TreeMap<>();
    for (String key : bundle.keySet()) {
      if (key.startsWith(PREFIX)) {
        labels.put(key.substring(PREFIX.length()), bundle.getString(key));
      }
    }
    return labels;
  }

  /** The same map as a JSON object, for the diagram's data attribute. */
  public static String json(Locale locale) {
    StringBuilder json = new StringBuilder("{");
    of(locale).forEach((id, label) -> {
      if (json.length() > 1) {
        json.append(',');
      }
      quote(json, id).append(':');
      quote(json, label);
    });
    return json.append('}').toString();
  }

  private static StringBuilder quote(StringBuilder out, String s) {
    out.append('"');
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        default -> {
          if (c < 0x20 || c == '<' || c == '>' || c == '&') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"');
  }
}
