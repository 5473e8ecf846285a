package th.go.cdd.performance.report;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * A figure as typed on the form: a plain number in Thai or Arabic digits, with an optional sign,
 * thousands separators and decimals (so that "-1" and "2.5" reach the KPI's own checks and are
 * refused in its words). No exponent, no letters: "1e9" is not a billion. Pure.
 */
public final class WholeNumberText {
  private static final Pattern PLAIN = Pattern.compile("[-+]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");
  private static final int MAX_CHARS = 20;

  private WholeNumberText() {}

  /** The number, null for a blank field; empty when the text is not a plain number. */
  public static java.util.Optional<BigDecimal> parse(String typed) {
    if (typed == null || typed.isBlank()) {
      return java.util.Optional.empty();
    }
    String t = arabic(typed.strip());
    if (t.length() > MAX_CHARS || !PLAIN.matcher(t).matches()) {
      throw new IllegalArgumentException("not a plain number");
    }
    return java.util.Optional.of(new BigDecimal(t.replace(",", "").replace("+", "")));
  }

  private static String arabic(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      b.append(c >= '๐' && c <= '๙' ? (char) ('0' + (c - '๐')) : c);
    }
    return b.toString();
  }
}
