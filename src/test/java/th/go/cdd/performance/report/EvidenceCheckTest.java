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

  // ---- image bombs: a small file whose header declares a huge picture ----

  private static byte[] realImage(String format, int width, int height) throws java.io.IOException {
    java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    javax.imageio.ImageIO.write(image, format, out);
    return out.toByteArray();
  }

  /** A real PNG's bytes with the IHDR width and height replaced (the CRC is not checked by us). */
  private static byte[] pngDeclaring(long width, long height) throws java.io.IOException {
    byte[] b = realImage("png", 8, 8);
    java.nio.ByteBuffer.wrap(b, 16, 8).putInt((int) width).putInt((int) height);
    return b;
  }

  /** A real JPEG's bytes with the start-of-frame height and width replaced. */
  private static byte[] jpegDeclaring(int width, int height) throws java.io.IOException {
    byte[] b = realImage("jpg", 8, 8);
    for (int i = 2; i + 9 < b.length; i++) {
      if ((b[i] & 0xff) == 0xFF && (b[i + 1] & 0xff) == 0xC0) {
        java.nio.ByteBuffer.wrap(b, i + 5, 4).putShort((short) height).putShort((short) width);
        return b;
      }
    }
    throw new AssertionError("no SOF0 in the JPEG the JDK wrote");
  }

  @Test
  void realPhotosDimensionsAreReadFromTheirHeaders() throws java.io.IOException {
    assertThat(EvidenceCheck.pixels("image/png", realImage("png", 640, 480))).containsExactly(640, 480);
    assertThat(EvidenceCheck.pixels("image/jpeg", realImage("jpg", 320, 200))).containsExactly(320, 200);
    assertThat(EvidenceCheck.check("photo.jpg", realImage("jpg", 320, 200)).contentType()).isEqualTo("image/jpeg");
  }

  @Test
  void aPhoneCamerasLargestPhotoIsAccepted() throws java.io.IOException {
    // 108 MP (12000 x 9000) as declared by a phone's full-resolution mode
    assertThat(EvidenceCheck.check("big.png", pngDeclaring(12_000, 9_000)).contentType()).isEqualTo("image/png");
    assertThat(EvidenceCheck.check("big.jpg", jpegDeclaring(12_000, 9_000)).contentType()).isEqualTo("image/jpeg");
  }

  @Test
  void aPngDeclaringAHugePictureIsRefused() throws java.io.IOException {
    byte[] bomb = pngDeclaring(100_000, 100_000);
    assertThat(bomb.length).isLessThan(1_000);
    BusinessException e = org.junit.jupiter.api.Assertions.assertThrows(BusinessException.class, () -> EvidenceCheck.check("bomb.png", bomb));
    assertThat(e.getKey()).isEqualTo("evidence.imageTooLarge");
    assertThat(e.getArgs()).containsExactly(100_000L, 100_000L, 120L);
  }

  @Test
  void aJpegDeclaringAHugePictureIsRefused() throws java.io.IOException {
    assertThat(keyOf(() -> EvidenceCheck.check("bomb.jpg", uncheckedJpeg(65_000, 65_000)))).isEqualTo("evidence.imageTooLarge");
    assertThat(keyOf(() -> EvidenceCheck.check("wide.jpg", uncheckedJpeg(65_000, 2_000)))).isEqualTo("evidence.imageTooLarge");
  }

  private static byte[] uncheckedJpeg(int width, int height) {
    try {
      return jpegDeclaring(width, height);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void headersThatDoNotDeclareASizeAreLeftAlone() {
    assertThat(EvidenceCheck.pixels("image/jpeg", JPEG)).isNull();
    assertThat(EvidenceCheck.pixels("image/png", Arrays.copyOf(PNG, 16))).isNull();
    assertThat(EvidenceCheck.pixels("application/pdf", PDF)).isNull();
  }

  @org.junit.jupiter.api.Test
  void aFileDeclaredLargerThanTheLimitIsRefusedBeforeItsBytesAreRead() {
    assertThat(keyOf(() -> EvidenceCheck.requireWithinLimit(30L * 1024 * 1024))).isEqualTo("evidence.tooLarge");
    assertThat(keyOf(() -> EvidenceCheck.requireWithinLimit(EvidenceCheck.MAX_BYTES + 1))).isEqualTo("evidence.tooLarge");
    EvidenceCheck.requireWithinLimit(EvidenceCheck.MAX_BYTES);
  }
}
