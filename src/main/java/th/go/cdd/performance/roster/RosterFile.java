package th.go.cdd.performance.roster;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import th.go.cdd.performance.shared.BusinessException;
import th.go.cdd.performance.shared.ThaiDates;
import th.go.cdd.performance.shared.ZipPackage;

/**
 * Reads the lines of a roster file: an Excel workbook (.xlsx, its first sheet) or a UTF-8 CSV
 * (comma separated, RFC 4180 quotes, a byte-order mark tolerated). The kind is told by the content,
 * not the file name; size and line count are limited. Cells are returned as text, exactly as written
 * (a text that looks like a formula stays text; Excel formulas are read as their formula text).
 */
public final class RosterFile {
  public static final int MAX_BYTES = 5 * 1024 * 1024;
  public static final int MAX_LINES = 20_000;
  private static final int MAX_CELL = 1_000;

  /** A line of the file (1 = the header) and its cells. */
  public record Line(int number, List<String> cells) {
    public boolean blank() {
      return cells.stream().allMatch(c -> c == null || c.isBlank());
    }
  }

  static {
    // a package's central directory may understate what it unpacks to: POI stops any entry that
    // unpacks beyond what ZipPackage allows for the whole package (its own default is 4 GB)
    ZipSecureFile.setMaxEntrySize(ZipPackage.MAX_UNPACKED_BYTES);
  }

  private RosterFile() {}

  public static List<Line> read(byte[] content) {
    if (content == null || content.length == 0) {
      throw new BusinessException("roster.fileEmpty");
    }
    if (content.length > MAX_BYTES) {
      throw new BusinessException("roster.fileTooLarge", MAX_BYTES / (1024 * 1024));
    }
    List<Line> lines = isXlsx(content) ? readXlsx(content) : readCsv(content);
    if (lines.size() - 1 > MAX_LINES) {
      throw new BusinessException("roster.tooManyLines", MAX_LINES);
    }
    if (lines.isEmpty()) {
      throw new BusinessException("roster.fileEmpty");
    }
    return lines;
  }

  /** An .xlsx is a zip holding [Content_Types].xml (read without unpacking; zip bombs refused). */
  static boolean isXlsx(byte[] content) {
    if (content.length < 4 || content[0] != 'P' || content[1] != 'K' || content[2] != 3 || content[3] != 4) {
      return false;
    }
    ZipPackage zip = ZipPackage.read(content);
    if (zip == null || !zip.isOfficePackage()) {
      throw new BusinessException("roster.fileType");
    }
    return true;
  }


  private static List<Line> readXlsx(byte[] content) {
    List<Line> lines = new ArrayList<>();
    DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
      if (book.getNumberOfSheets() == 0) {
        throw new BusinessException("roster.fileEmpty");
      }
      Sheet sheet = book.getSheetAt(0);
      if (sheet.getLastRowNum() > MAX_LINES + 1) {
        throw new BusinessException("roster.tooManyLines", MAX_LINES);
      }
      int width = 0;
      for (Row row : sheet) {
        List<String> cells = new ArrayList<>();
        short last = row.getLastCellNum();
        if (row.getRowNum() == sheet.getFirstRowNum()) {
          width = Math.max(0, last);
        }
        for (int i = 0; i < Math.max(width, last); i++) {
          Cell cell = row.getCell(i);
          cells.add(cell == null ? "" : text(cell, formatter));
        }
        lines.add(new Line(row.getRowNum() + 1, cells));
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof BusinessException b) {
        throw b;
      }
      throw new BusinessException("roster.fileUnreadable");
    }
    return lines;
  }

  private static String text(Cell cell, DataFormatter formatter) {
    if (cell.getCellType() == CellType.FORMULA) {
      return "=" + cell.getCellFormula();
    }
    if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
      return ThaiDates.format(cell.getLocalDateTimeCellValue().toLocalDate());
    }
    return formatter.formatCellValue(cell);
  }

  private static List<Line> readCsv(byte[] content) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
    } catch (CharacterCodingException e) {
      throw new BusinessException("roster.notUtf8");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.indexOf('\0') >= 0) {
      throw new BusinessException("roster.fileType");
    }
    return parseCsv(text);
  }

  /** RFC 4180: fields separated by commas, quoted with "" for a quote; a quoted field may span lines. */
  static List<Line> parseCsv(String text) {
    List<Line> lines = new ArrayList<>();
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    int physical = 1;
    int start = 1;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            cell.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          if (c == '\n') {
            physical++;
          }
          append(cell, c);
        }
      } else if (c == '"' && cell.length() == 0) {
        quoted = true;
      } else if (c == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\r' || c == '\n') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        cells.add(cell.toString());
        cell.setLength(0);
        lines.add(new Line(start, List.copyOf(cells)));
        cells.clear();
        physical++;
        start = physical;
        if (lines.size() > MAX_LINES + 1) {
          throw new BusinessException("roster.tooManyLines", MAX_LINES);
        }
      } else {
        append(cell, c);
      }
      i++;
    }
    if (cell.length() > 0 || !cells.isEmpty()) {
      cells.add(cell.toString());
      lines.add(new Line(start, List.copyOf(cells)));
    }
    return lines;
  }

  private static void append(StringBuilder cell, char c) {
    if (cell.length() <= MAX_CELL) {
      cell.append(c);
    }
  }
}
