package th.go.cdd.performance.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import th.go.cdd.performance.program.KpiKind;

/**
 * A KPI's signed figures and level in the form's Thai, one statement a line: the printed summary
 * puts them under the KPI's title and the verification page shows the very same lines, so that
 * whoever holds the paper can compare it line by line. Pure.
 */
public final class KpiResultText {
  static final String NOT_REPORTED = "ยังไม่ได้กรอก";

  private KpiResultText() {}

  public static List<String> lines(SummaryData.Result r, boolean thaiDigits) {
    List<String> lines = new ArrayList<>();
    switch (r.kind()) {
      case STAGED -> lines.add("จำนวนขั้นที่สำเร็จ " + amount(r.figure(), r.unit(), thaiDigits));
      case COUNT -> lines.add("ผลการดำเนินงาน " + amount(r.figure(), r.unit(), thaiDigits));
      case PERCENTAGE -> {
        lines.add("จำนวนที่ได้รับการช่วยเหลือ " + number(r.figure(), thaiDigits) + " จากจำนวนเป้าหมายทั้งหมด " + number(r.base(), thaiDigits));
        if (r.percent() != null) {
          lines.add("คิดเป็นร้อยละ " + ThaiText.digits(percent(r.percent()), thaiDigits));
        }
      }
      case FREE_FORM -> { } // the level is chosen: the level line says it all
    }
    if (r.yearToDate() != null) {
      lines.add("ผลสะสมตั้งแต่ต้นปี " + amount(r.yearToDate(), r.unit(), thaiDigits));
    }
    lines.add(level(r, thaiDigits));
    return lines;
  }

  private static String level(SummaryData.Result r, boolean thaiDigits) {
    if (r.level() == null) {
      return "ระดับที่ได้: " + NOT_REPORTED;
    }
    String words = r.level() == 0 ? "ยังไม่ถึงระดับที่ " + ThaiText.digits("1", thaiDigits) : r.levelWords();
    return "ระดับที่ได้ " + ThaiText.digits(r.level().toString(), thaiDigits) + (words == null || words.isBlank() ? "" : " - " + words);
  }

  private static String amount(BigDecimal n, String unit, boolean thaiDigits) {
    if (n == null) {
      return NOT_REPORTED;
    }
    return number(n, thaiDigits) + (unit == null || unit.isBlank() ? "" : " " + unit);
  }

  private static String number(BigDecimal n, boolean thaiDigits) {
    return n == null ? NOT_REPORTED : ThaiText.digits(n.stripTrailingZeros().toPlainString(), thaiDigits);
  }

  /** Two decimals, truncated as the level is (59.995 % prints 59.99, never 60). */
  static String percent(BigDecimal p) {
    return p.setScale(2, RoundingMode.DOWN).stripTrailingZeros().toPlainString();
  }

  /** True for the kinds whose year-to-date sum is shown beside the round's own figure. */
  static boolean hasYearToDate(KpiKind kind) {
    return kind == KpiKind.COUNT;
  }
}
