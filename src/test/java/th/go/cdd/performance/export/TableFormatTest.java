package th.go.cdd.performance.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableFormatTest {
  private static Table sample() {
    return new Table("ภาพรวม รอบที่ 1", List.of("จังหวัด", "กำหนดส่ง", "จำนวน", "หมายเหตุ"))
        .row("เชียงใหม่", LocalDate.of(2021, 11, 15), 12, "ส่งแล้ว, รอลงนาม")
        .row("ขอนแก่น", null, new BigDecimal("77.5"), "=HYPERLINK(\"http://evil\")")
        .row("น่าน", LocalDate.of(2022, 2, 15), -3, "บรรทัด\nใหม่ \"คำพูด\"");
  }

  @Test
  void csvStartsWithAByteOrderMarkAndKeepsThaiTextAndBuddhistEraDates() {
    byte[] csv = TableFormat.CSV.write(sample());
    assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
    assertThat(text).startsWith("จังหวัด,กำหนดส่ง,จำนวน,หมายเหตุ\r\n");
    assertThat(text).contains("เชียงใหม่,15/11/2564,12,\"ส่งแล้ว, รอลงนาม\"\r\n");
    assertThat(text).contains("น่าน,15/02/2565,-3,\"บรรทัด\nใหม่ \"\"คำพูด\"\"\"\r\n");
  }

  @Test
  void aCellThatASpreadsheetWouldRunAsAFormulaIsWrittenAsText() {
    String text = new String(TableFormat.CSV.write(sample()), StandardCharsets.UTF_8);
    assertThat(text).contains("ขอนแก่น,,77.5,\"'=HYPERLINK(\"\"http://evil\"\")\"");
    assertThat(TableFormat.quote("-3")).isEqualTo("-3");
    assertThat(TableFormat.quote("+66 81")).isEqualTo("\"'+66 81\"");
  }

  @Test
  void excelHoldsTheSameCellsWithNumbersAsNumbers() throws IOException {
    byte[] xlsx = TableFormat.XLSX.write(sample());
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = book.getSheetAt(0);
      assertThat(sheet.getSheetName()).isEqualTo("ภาพรวม รอบที่ 1");
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("จังหวัด");
      assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("15/11/2564");
      assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(12.0);
      assertThat(sheet.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(77.5);
      assertThat(sheet.getRow(2).getCell(3).getStringCellValue()).as("text, not a formula").startsWith("=HYPERLINK");
      assertThat(sheet.getLastRowNum()).isEqualTo(3);
    }
  }

  @Test
  void aRowMustHaveACellForEveryColumn() {
    assertThatThrownBy(() -> new Table("t", List.of("a", "b")).row("only one")).isInstanceOf(IllegalArgumentException.class);
  }
}
