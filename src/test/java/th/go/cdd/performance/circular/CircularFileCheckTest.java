package th.go.cdd.performance.circular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import th.go.cdd.performance.shared.BusinessException;

class CircularFileCheckTest {
  static byte[] office(String part) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry(part));
      zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  @Test
  void acceptsWordAndExcelByTheirParts() throws IOException {
    assertEquals(CircularFileCheck.DOCX, CircularFileCheck.check("กำหนดการ.docx", office("word/document.xml")).contentType());
    assertEquals(CircularFileCheck.XLSX, CircularFileCheck.check("ตัวชี้วัด.xlsx", office("xl/workbook.xml")).contentType());
  }

  @Test
  void acceptsPdfAndCleansTheName() {
    var ok = CircularFileCheck.check("C:\\docs\\แบบสรุป<1>.pdf", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
    assertEquals("application/pdf", ok.contentType());
    assertEquals("แบบสรุป1.pdf", ok.fileName());
  }

  @Test
  void refusesAPlainZipAnExecutableAndAWordFileNamedXlsx() throws IOException {
    assertEquals("circular.fileType", assertThrows(BusinessException.class,
        () -> CircularFileCheck.check("a.docx", office("other/thing.xml"))).getKey());
    assertEquals("circular.fileType", assertThrows(BusinessException.class,
        () -> CircularFileCheck.check("a.pdf", "MZ\u0090\u0000 program".getBytes(StandardCharsets.ISO_8859_1))).getKey());
    assertEquals("evidence.nameMismatch", assertThrows(BusinessException.class,
        () -> CircularFileCheck.check("a.xlsx", office("word/document.xml"))).getKey());
  }

  @Test
  void refusesAWordFileThatIsAZipBomb() throws IOException {
    byte[] bomb = th.go.cdd.performance.shared.ZipPackageTest.packageOf("word/", 1, 32 * 1024 * 1024);
    assertEquals("upload.zipBomb", assertThrows(BusinessException.class, () -> CircularFileCheck.check("กำหนดการ.docx", bomb)).getKey());
  }
}
