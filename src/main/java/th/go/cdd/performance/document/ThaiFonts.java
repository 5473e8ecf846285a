package th.go.cdd.performance.document;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.LayoutProcessor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The embedded Thai font (Laksaman, the design of TH Sarabun New) in regular and bold, with
 * OpenPDF's layout processor on: glyphs are placed by the JDK's text layout, so vowels and tone
 * marks sit where they belong, and the text is written as ActualText so that copying and searching
 * give the Thai characters back. Loaded once per JVM.
 */
final class ThaiFonts {
  static final BaseFont REGULAR;
  static final BaseFont BOLD;

  static {
    LayoutProcessor.enableKernLiga();
    LayoutProcessor.setWriteActualText();
    REGULAR = load("Laksaman.ttf");
    BOLD = load("Laksaman-Bold.ttf");
  }

  private ThaiFonts() {}

  private static BaseFont load(String name) {
    try (InputStream in = ThaiFonts.class.getResourceAsStream("/fonts/" + name)) {
      if (in == null) {
        throw new IllegalStateException("font missing from the application: /fonts/" + name);
      }
      byte[] bytes = in.readAllBytes();
      Path file = Files.createTempFile("cdd-font-", "-" + name);
      file.toFile().deleteOnExit();
      Files.copy(new java.io.ByteArrayInputStream(bytes), file, StandardCopyOption.REPLACE_EXISTING);
      BaseFont font = BaseFont.createFont(file.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
      LayoutProcessor.loadFont(font, file.toString());
      return font;
    } catch (IOException | com.lowagie.text.DocumentException e) {
      throw new UncheckedIOException(new IOException("cannot load the Thai font " + name, e));
    }
  }
}
