package th.go.cdd.performance.shared;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

/** The one formatter for dates: dd/mm/yyyy in the Buddhist Era (BE = CE + 543), Bangkok time. */
public final class ThaiDates {
  public static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
  public static final int BE_OFFSET = 543;
  /** A plausible Buddhist Era year: refuses Christian-era years (2021) typed by mistake. */
  private static final int MIN_BE_YEAR = 2400;
  private static final int MAX_BE_YEAR = 2700;
  private static final String THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙";

  private ThaiDates() {}

  public static String format(LocalDate date) {
    if (date == null) {
      return "";
    }
    return String.format("%02d/%02d/%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear() + BE_OFFSET);
  }

  public static String format(java.time.Instant instant) {
    if (instant == null) {
      return "";
    }
    ZonedDateTime t = instant.atZone(BANGKOK);
    return format(t.toLocalDate()) + String.format(" %02d:%02d", t.getHour(), t.getMinute());
  }

  /** Parses dd/mm/yyyy in the Buddhist Era; Thai digits are accepted. */
  public static LocalDate parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String s = toArabicDigits(text.trim());
    if (!s.matches("\\d{1,2}/\\d{1,2}/\\d{4}")) {
      throw new DateTimeParseException("expected dd/mm/yyyy (Buddhist Era)", text, 0);
    }
    String[] parts = s.split("/");
    int beYear = Integer.parseInt(parts[2]);
    if (beYear < MIN_BE_YEAR || beYear > MAX_BE_YEAR) {
      throw new DateTimeParseException("year must be in the Buddhist Era", text, 0);
    }
    try {
      return LocalDate.of(beYear - BE_OFFSET, Integer.parseInt(parts[1]), Integer.parseInt(parts[0]));
    } catch (RuntimeException e) {
      throw new DateTimeParseException("not a date", text, 0, e);
    }
  }

  public static String toArabicDigits(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      int i = THAI_DIGITS.indexOf(c);
      b.append(i >= 0 ? (char) ('0' + i) : c);
    }
    return b.toString();
  }
}
