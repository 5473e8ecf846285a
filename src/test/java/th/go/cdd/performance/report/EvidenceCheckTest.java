package th.go.cdd.performance.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import th.go.cdd.performance.shared.BusinessException;

class EvidenceCheckTest {
  private static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);
  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0};
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

  private static byte[] heic(String brand) {
    byte[] b = new byte[24];
    b[3] = 0x18;
    System.arraycopy(("ftyp" + brand).getBytes(StandardCharsets.US_ASCII), 0, b, 4, 8);
    return b;
  }

  private static String keyOf(Runnable r) {
    try {
      r.run();
    } catch (BusinessException e) {
      return e.getKey();
    }
    throw new AssertionError("expected a BusinessException");
  }

  // ---- types by magic bytes ----

  @Test
  void pdfIsDetectedByItsHeader() {
    assertThat(EvidenceCheck.check("report.pdf", PDF)).isEqualTo(new EvidenceCheck.Accepted("report.pdf", "application/pdf"));
  }

  @Test
  void jpegIsDetectedByItsHeaderWithJpgOrJpegName() {
    assertThat(EvidenceCheck.check("photo.jpg", JPEG).contentType()).isEqualTo("image/jpeg");
    assertThat(EvidenceCheck.check("photo.JPEG", JPEG).contentType()).isEqualTo("image/jpeg");
  }

  @Test
  void pngIsDetectedByItsHeader() {
    assertThat(EvidenceCheck.check("screen.png", PNG).contentType()).isEqualTo("image/png");
  }

  @Test
  void heicIsDetectedByItsFtypBox() {
    assertThat(EvidenceCheck.check("IMG_0001.HEIC", heic("heic")).contentType()).isEqualTo("image/heic");
    assertThat(EvidenceCheck.check("IMG_0002.heif", heic("mif1")).contentType()).isEqualTo("image/heic");
    assertThat(EvidenceCheck.detect(heic("heix"))).isEqualTo("image/heic");
    assertThat(EvidenceCheck.detect(heic("hevc"))).isEqualTo("image/heic");
  }

  @Test
  void otherIsoMediaBrandsAreNotHeic() {
    assertThat(EvidenceCheck.detect(heic("isom"))).isNull();
  }

  @Test
  void typeComesFromBytesNotFromName() {
    assertThat(EvidenceCheck.detect(JPEG)).isEqualTo("image/jpeg");
    assertThat(EvidenceCheck.detect(PDF)).isEqualTo("application/pdf");
    assertThat(EvidenceCheck.detect(PNG)).isEqualTo("image/png");
  }

  @Test
  void jpegNamedPdfIsRefused() {
    assertThat(keyOf(() -> EvidenceCheck.check("report.pdf", JPEG))).isEqualTo("evidence.nameMismatch");
  }

  @Test
  void pdfNamedPngIsRefused() {
    assertThat(keyOf(() -> EvidenceCheck.check("image.png", PDF))).isEqualTo("evidence.nameMismatch");
  }

  @Test
  void fileWithoutExtensionIsRefused() {
    assertThat(keyOf(() -> EvidenceCheck.check("report", PDF))).isEqualTo("evidence.nameMismatch");
  }

  @Test
  void randomBytesAreRefused() {
    byte[] random = new byte[4096];
    new Random(42).nextBytes(random);
    random[0] = 0x00;
    assertThat(keyOf(() -> EvidenceCheck.check("random.pdf", random))).isEqualTo("evidence.type");
  }

  @Test
  void htmlNamedPdfIsRefused() {
    byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.US_ASCII);
    assertThat(keyOf(() -> EvidenceCheck.check("x.pdf", html))).isEqualTo("evidence.type");
  }

  @Test
  void truncatedJpegHeaderIsRefused() {
    assertThat(keyOf(() -> EvidenceCheck.check("a.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8}))).isEqualTo("evidence.type");
  }

  @Test
  void emptyFileIsRefused() {
    assertThat(keyOf(() -> EvidenceCheck.check("empty.pdf", new byte[0]))).isEqualTo("evidence.empty");
    assertThat(keyOf(() -> EvidenceCheck.check("empty.pdf", null))).isEqualTo("evidence.empty");
  }

  @Test
  void fileOverTenMegabytesIsRefused() {
    byte[] big = Arrays.copyOf(PDF, (int) EvidenceCheck.MAX_BYTES + 1);
    assertThat(keyOf(() -> EvidenceCheck.check("big.pdf", big))).isEqualTo("evidence.tooLarge");
  }

  @Test
  void fileOfExactlyTenMegabytesIsAccepted() {
    byte[] max = Arrays.copyOf(PDF, (int) EvidenceCheck.MAX_BYTES);
    assertThat(EvidenceCheck.MAX_BYTES).isEqualTo(10L * 1024 * 1024);
    assertThat(EvidenceCheck.check("max.pdf", max).contentType()).isEqualTo("application/pdf");
  }

  // ---- names ----

  @Test
  void unixPathIsReducedToItsLastSegment() {
    assertThat(EvidenceCheck.check("../../etc/x.pdf", PDF).fileName()).isEqualTo("x.pdf");
  }

  @Test
  void windowsPathIsReducedToItsLastSegment() {
    assertThat(EvidenceCheck.check("C:\\a\\b.pdf", PDF).fileName()).isEqualTo("b.pdf");
  }

  @Test
  void mixedSeparatorsKeepOnlyTheLastSegment() {
    assertThat(EvidenceCheck.cleanName("a\\b/c\\d.pdf")).isEqualTo("d.pdf");
  }

  @Test
  void controlCharactersAreRemoved() {
    assertThat(EvidenceCheck.cleanName("ra\u0000pp\u0007ort\n\r\t.pdf")).isEqualTo("rapport.pdf");
  }

  @Test
  void markupCharactersAreRemoved() {
    assertThat(EvidenceCheck.cleanName("<script>alert</script>.pdf")).doesNotContain("<", ">");
    assertThat(EvidenceCheck.cleanName("a<b>c.pdf")).isEqualTo("abc.pdf");
  }

  @Test
  void windowsReservedCharactersAreRemoved() {
    assertThat(EvidenceCheck.cleanName("a:b\"c|d?e*f.pdf")).isEqualTo("abcdef.pdf");
  }

  @Test
  void surroundingSpacesAreStripped() {
    assertThat(EvidenceCheck.cleanName("  report.pdf  ")).isEqualTo("report.pdf");
  }

  @Test
  void thaiNameIsKept() {
    assertThat(EvidenceCheck.check("รายงานผล รอบ ๑.pdf", PDF).fileName()).isEqualTo("รายงานผล รอบ ๑.pdf");
  }

  @Test
  void hiddenOrEmptyNameGetsAPrefix() {
    assertThat(EvidenceCheck.cleanName(".pdf")).isEqualTo("file.pdf");
    assertThat(EvidenceCheck.cleanName("")).isEqualTo("file");
    assertThat(EvidenceCheck.cleanName(null)).isEqualTo("file");
    assertThat(EvidenceCheck.cleanName("dir/")).isEqualTo("file");
  }

  @Test
  void dotOnlyNameAfterPathGetsAPrefixAndStillMatchesItsType() {
    assertThat(EvidenceCheck.check("../.pdf", PDF).fileName()).isEqualTo("file.pdf");
  }

  @Test
  void veryLongNameIsShortenedKeepingTheExtension() {
    String name = "ก".repeat(300) + ".pdf";
    String cleaned = EvidenceCheck.check(name, PDF).fileName();
    assertThat(cleaned).hasSize(120).endsWith(".pdf").startsWith("กกก");
  }

  @Test
  void veryLongNameWithoutExtensionIsCutTo120() {
    assertThat(EvidenceCheck.cleanName("x".repeat(500))).hasSize(120);
  }

  @Test
  void nameOf120CharactersIsKept() {
    String name = "a".repeat(116) + ".png";
    assertThat(EvidenceCheck.cleanName(name)).isEqualTo(name);
  }
}
