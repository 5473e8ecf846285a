package th.go.cdd.performance.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import th.go.cdd.performance.shared.ThaiDates;

/** Writes a {@link Table} as Excel or CSV. */
public enum TableFormat {
  XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
  CSV("csv", "text/csv; charset=UTF-8");

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final String extension;
  private final String contentType;

  TableFormat(String extension, String contentType) {
    this.extension = extension;
    this.contentType = contentType;
  }

  public String extension() {
    return extension;
  }

  public String contentType() {
    return contentType;
  }

  public byte[] write(Table table) {
    return this == XLSX ? xlsx(table) : csv(table);
  }

  /** The text of a cell as a person reads it: dates dd/mm/yyyy in the Buddhist Era. */
  static String text(Object cell) {
    if (cell == null) {
      return "";
    }
    if (cell instanceof LocalDate d) {
      return ThaiDates.format(d);
    }
    if (cell instanceof Instant i) {
      return ThaiDates.format(i);
    }
    if (cell instanceof BigDecimal b) {
      return b.toPlainString();
    }
    return cell.toString();
  }

  private static byte[] csv(Table table) {
    StringBuilder out = new StringBuilder();
    line(out, table.headers());
    for (List<Object> row : table.rows()) {
      line(out, row);
    }
    byte[] text = out.toString().getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[BOM.length + text.length];
    System.arraycopy(BOM, 0, all, 0, BOM.length);
    System.arraycopy(text, 0, all, BOM.length, text.length);
    return all;
  }

  private static void line(StringBuilder out, List<?> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(quote(text(cells.get(i))));
    }
    out.append("\r\n");
  }

  /**
   * Quotes a CSV field (RFC 4180); a field that a spreadsheet would run as a formula (=, +, -, @
   * first) is prefixed with an apostrophe, so exported names cannot inject formulas.
   */
  static String quote(String field) {
    String f = field;
    if (!f.isEmpty() && "=+-@\t\r".indexOf(f.charAt(0)) >= 0 && !isNumber(f)) {
      f = "'" + f;
    }
    if (f.contains(",") || f.contains("\"") || f.contains("\n") || f.contains("\r") || f.startsWith("'")) {
      return "\"" + f.replace("\"", "\"\"") + "\"";
    }
    return f;
  }

  private static boolean isNumber(String s) {
    try {
      new BigDecimal(s);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static byte[] xlsx(Table table) {
    try (SXSSFWorkbook book = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(table.title()));
      CellStyle bold = book.createCellStyle();
      Font font = book.createFont();
      font.setBold(true);
      bold.setFont(font);
      Row header = sheet.createRow(0);
      for (int i = 0; i < table.headers().size(); i++) {
        Cell c = header.createCell(i);
        c.setCellValue(table.headers().get(i));
        c.setCellStyle(bold);
      }
      int r = 1;
      for (List<Object> row : table.rows()) {
        Row line = sheet.createRow(r++);
        for (int i = 0; i < row.size(); i++) {
          Object v = row.get(i);
          Cell c = line.createCell(i);
          if (v instanceof Number n) {
            c.setCellValue(n.doubleValue());
          } else if (v != null) {
            c.setCellValue(text(v));
          }
        }
      }
      sheet.createFreezePane(0, 1);
      book.write(out);
      book.dispose();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
