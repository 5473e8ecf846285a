package th.go.cdd.performance.shared;

import java.util.Locale;

/**
 * Text as a person typed it, made safe to store and to search with: control characters (a null
 * byte, which PostgreSQL refuses in text, among them) are dropped except line breaks and tabs.
 * Markup is kept as the characters typed; the pages escape it when they show it.
 */
public final class PlainText {
  /** Longer search text than this cannot match a name or a reason; it is cut, not refused. */
  public static final int MAX_SEARCH = 200;

  private PlainText() {}

  /** The text without control characters, stripped; "" for null. */
  public static String clean(String text) {
    if (text == null) {
      return "";
    }
    return text.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "").strip();
  }

  /**
   * A case-insensitive "contains" LIKE pattern for a search box: the wildcard and escape
   * characters (% _ \) are dropped so the text is matched as typed and never ends in an escape.
   */
  public static String containsPattern(String text) {
    String t = clean(text).replace("\\", "").replace("%", "").replace("_", "").toLowerCase(Locale.ROOT);
    if (t.length() > MAX_SEARCH) {
      t = t.substring(0, MAX_SEARCH);
    }
    return "%" + t + "%";
  }

  /** Whether a search box holds anything to search for. */
  public static boolean isBlank(String text) {
    return clean(text).isEmpty();
  }
}
