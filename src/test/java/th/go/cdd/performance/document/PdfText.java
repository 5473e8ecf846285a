package th.go.cdd.performance.document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The text a PDF reader copies out of a PDF: poppler's pdftotext (Debian package poppler-utils,
 * installed by .ci/run), which reads the ActualText the form writes for shaped Thai.
 */
final class PdfText {
  private PdfText() {}

  static String of(Path pdf) throws IOException {
    Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").redirectErrorStream(true).start();
    String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IOException("pdftotext failed: " + text);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
    return text;
  }
}
