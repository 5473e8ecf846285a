package th.go.cdd.performance.document;

import java.time.LocalDate;
import th.go.cdd.performance.shared.ThaiDates;

/** Thai text for print: Thai digits on request, Buddhist Era dates. */
final class ThaiText {
  private static final String THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙";

  private ThaiText() {}

  static boolean isThai(char c) {
    return c >= '\u0E00' && c <= '\u0E7F';
  }

  static String digits(String text, boolean thai) {
    if (!thai || text == null) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      out.append(c >= '0' && c <= '9' ? THAI_DIGITS.charAt(c - '0') : c);
    }
    return out.toString();
  }

  /** dd/mm/yyyy in the Buddhist Era, or dotted blanks for a date not yet known. */
  static String date(LocalDate date, boolean thaiDigits) {
    return date == null ? "....../....../......" : digits(ThaiDates.format(date), thaiDigits);
  }
}
