package th.go.cdd.performance.document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The text a PDF reader copies out of a PDF: poppler's pdftotext (Debian package poppler-utils,
 * installed by .ci/run), which reads the ActualText the form writes for shaped Thai. Used by the
 * unit tests and, added to the test deployment, by the in-container tests.
 */
public final class PdfText {
  private PdfText() {}

  public static String of(Path pdf) throws IOException {
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

  public static String of(byte[] pdf) throws IOException {
    Path file = Files.createTempFile("pdf-text-", ".pdf");
    try {
      Files.write(file, pdf);
      return of(file);
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
