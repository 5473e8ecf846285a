package th.go.cdd.performance.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import th.go.cdd.performance.program.KpiKind;

class KpiResultTextTest {
  private static BigDecimal n(String s) {
    return new BigDecimal(s);
  }

  @Test
  void aPercentageKpiSaysThePartTheBaseThePercentageAndTheLevelWithItsWords() {
    var r = new SummaryData.Result(KpiKind.PERCENTAGE, n("57.00"), n("100.00"), n("57"), null, "ร้อยละ", 1, "น้อยกว่าร้อยละ ๕๕");
    assertThat(KpiResultText.lines(r, false)).containsExactly(
        "จำนวนที่ได้รับการช่วยเหลือ 57 จากจำนวนเป้าหมายทั้งหมด 100", "คิดเป็นร้อยละ 57", "ระดับที่ได้ 1 - น้อยกว่าร้อยละ ๕๕");
  }

  @Test
  void aCountKpiSaysItsFigureWithItsUnitAndTheYearToDate() {
    var r = new SummaryData.Result(KpiKind.COUNT, n("12"), null, null, n("30"), "ผลิตภัณฑ์", 1, "จำนวนไม่น้อยกว่า ๑๐ ผลิตภัณฑ์");
    assertThat(KpiResultText.lines(r, false)).containsExactly("ผลการดำเนินงาน 12 ผลิตภัณฑ์", "ผลสะสมตั้งแต่ต้นปี 30 ผลิตภัณฑ์",
        "ระดับที่ได้ 1 - จำนวนไม่น้อยกว่า ๑๐ ผลิตภัณฑ์");
  }

  @Test
  void levelZeroSaysTheFirstLevelIsNotYetReachedInThaiDigitsOnTheSwitch() {
    var r = new SummaryData.Result(KpiKind.COUNT, n("0"), null, null, n("0"), "กลุ่ม/ราย", 0, null);
    assertThat(KpiResultText.lines(r, true)).containsExactly("ผลการดำเนินงาน ๐ กลุ่ม/ราย", "ผลสะสมตั้งแต่ต้นปี ๐ กลุ่ม/ราย",
        "ระดับที่ได้ ๐ - ยังไม่ถึงระดับที่ ๑");
  }

  @Test
  void aPercentageIsTruncatedNeverRoundedUpToTheNextLevel() {
    var r = new SummaryData.Result(KpiKind.PERCENTAGE, n("11999"), n("20000"), n("59.995"), null, null, 1, null);
    assertThat(KpiResultText.lines(r, false).get(1)).isEqualTo("คิดเป็นร้อยละ 59.99");
  }

  @Test
  void aChosenLevelHasOnlyItsLevelLineAndAnUnreportedKpiSaysSo() {
    assertThat(KpiResultText.lines(new SummaryData.Result(KpiKind.FREE_FORM, null, null, null, null, "", 3, "ตามที่ผู้บังคับบัญชากำหนด"), false))
        .containsExactly("ระดับที่ได้ 3 - ตามที่ผู้บังคับบัญชากำหนด");
    assertThat(KpiResultText.lines(new SummaryData.Result(KpiKind.STAGED, null, null, null, null, "ขั้น", null, null), false))
        .containsExactly("จำนวนขั้นที่สำเร็จ ยังไม่ได้กรอก", "ระดับที่ได้: ยังไม่ได้กรอก");
  }
}
