package th.go.cdd.performance.circular;

import java.util.Locale;
import th.go.cdd.performance.shared.ThaiDates;

/**
 * Circular numbers are kept as typed ("มท ๐๔๐๒.๒/ว ๒๕๗๓"); searching compares them with Thai
 * digits made Arabic, spaces removed and letters lower-cased, so "ว 2573" finds "ว ๒๕๗๓".
 */
public final class CircularNumbers {
  private CircularNumbers() {}

  public static String searchKey(String text) {
    if (text == null) {
      return "";
    }
    return ThaiDates.toArabicDigits(text).replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
  }

  public static boolean matches(String number, String subject, String query) {
    String q = searchKey(query);
    return q.isEmpty() || searchKey(number).contains(q) || searchKey(subject).contains(q);
  }
}
