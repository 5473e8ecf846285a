package th.go.cdd.performance.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.go.cdd.performance.program.KpiKind;

class SummaryFormTest {
  static SummaryData sample() {
    return new SummaryData(2, LocalDate.of(2021, 11, 16), LocalDate.of(2022, 2, 15), "นางสาวสุดารัตน์ ศรีสุข", "นักพัฒนาชุมชน",
        "ส่งเสริมการพัฒนาชุมชน", "เชียงใหม่",
        List.of(new SummaryData.Kpi(1, "ระดับความสำเร็จของการขับเคลื่อนการขจัดความยากจนและพัฒนาคนทุกช่วงวัยอย่างยั่งยืน ตามหลักปรัชญาของเศรษฐกิจพอเพียง",
                new SummaryData.Result(KpiKind.STAGED, BigDecimal.valueOf(4), null, null, null, "ขั้น", 4, "ประชาสัมพันธ์ผลการดำเนินงาน"),
                List.of(new SummaryData.Row("จัดทำฐานข้อมูลครัวเรือนเป้าหมายจากระบบ TPMAP", "จัดทำฐานข้อมูลครัวเรือนยากจน ๑๒๕ ครัวเรือน ครบทุกอำเภอ"),
                    new SummaryData.Row("แผนปฏิบัติการพัฒนาคุณภาพชีวิต", "ผ่านความเห็นชอบของศูนย์อำนวยการฯ จังหวัด")),
                List.of("ฐานข้อมูลครัวเรือนเป้าหมาย TPMAP.pdf", "แผนพัฒนาคุณภาพชีวิตครัวเรือน.pdf")),
            new SummaryData.Kpi(3, "ดำเนินการพัฒนาและส่งเสริมการตลาดผลิตภัณฑ์ชุมชนและสินค้า OTOP ออนไลน์",
                new SummaryData.Result(KpiKind.COUNT, BigDecimal.valueOf(42), null, null, BigDecimal.valueOf(55), "ผลิตภัณฑ์", 4, "จำนวนไม่น้อยกว่า ๔๐ ผลิตภัณฑ์"),
                List.of(new SummaryData.Row("๕๐ ผลิตภัณฑ์", "นำผลิตภัณฑ์ขึ้นจำหน่ายบน Shopee และ Lazada 42 ผลิตภัณฑ์")), List.of())),
        new SummaryData.Signer("นางสาวสุดารัตน์ ศรีสุข", "นักพัฒนาชุมชน", LocalDate.of(2022, 2, 10), null),
        new SummaryData.Signer("นายประเสริฐ ใจงาม", "ผู้อำนวยการกลุ่มงานส่งเสริมการพัฒนาชุมชน", LocalDate.of(2022, 2, 12), null),
        new SummaryData.Signer("นายสมชาย ใจดี", "พัฒนาการจังหวัดเชียงใหม่", null, null),
        "R123-9F2C4A7B1E0D", "http://localhost:8080/verify.xhtml?code=R123-9F2C4A7B1E0D");
  }

  @Test
  void theFormHoldsTheThaiTextTheRowsAndTheSignatureDates() throws IOException {
    byte[] pdf = new SummaryForm(false).print(List.of(sample()));
    Path out = Path.of("target", "document-samples");
    Files.createDirectories(out);
    Files.write(out.resolve("summary.pdf"), pdf);
    String all = PdfText.of(out.resolve("summary.pdf"));
    assertThat(all).contains("นางสาวสุดารัตน์ ศรีสุข").contains("จัดทำฐานข้อมูลครัวเรือนยากจน").contains("10/02/2565").contains("12/02/2565");
    assertThat(all).as("the signed figures under each title").contains("จำนวนขั้นที่สำเร็จ 4 ขั้น").contains("ระดับที่ได้ 4")
        .contains("ผลการดำเนินงาน 42 ผลิตภัณฑ์").contains("ผลสะสมตั้งแต่ต้นปี 55 ผลิตภัณฑ์");
  }

  @Test
  void theSignedFiguresPrintInThaiDigitsOnTheSwitch() throws IOException {
    String all = PdfText.of(new SummaryForm(true).print(List.of(sample())));
    assertThat(all).contains("ผลการดำเนินงาน ๔๒ ผลิตภัณฑ์").contains("ระดับที่ได้ ๔");
  }
}
