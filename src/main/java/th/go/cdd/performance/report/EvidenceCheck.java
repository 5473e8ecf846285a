package th.go.cdd.performance.report;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import th.go.cdd.performance.shared.BusinessException;

/**
 * Decides what an uploaded file is from its first bytes (not its name or the browser's word),
 * accepts PDF, JPEG, PNG and HEIC (phone cameras), and cleans the name. A JPEG or PNG whose header
 * declares more pixels than a phone camera takes is refused: a small file that would take gigabytes
 * to decode (an image "bomb") in the browser of every approver who opens it.
 */
public final class EvidenceCheck {
  public static final long MAX_BYTES = 10L * 1024 * 1024;
  /** 120 megapixels: above the 108 MP of the largest common phone sensors' full-resolution photos. */
  public static final long MAX_PIXELS = 120_000_000L;
  private static final int MAX_NAME = 120;

  private EvidenceCheck() {}

  public record Accepted(String fileName, String contentType) {}

  public static Accepted check(String originalName, byte[] content) {
    if (content == null || content.length == 0) {
      throw new BusinessException("evidence.empty");
    }
    if (content.length > MAX_BYTES) {
      throw new BusinessException("evidence.tooLarge", MAX_BYTES / (1024 * 1024));
    }
    String type = detect(content);
    if (type == null) {
      throw new BusinessException("evidence.type");
    }
    long[] size = pixels(type, content);
    if (size != null && size[0] * size[1] > MAX_PIXELS) {
      throw new BusinessException("evidence.imageTooLarge", size[0], size[1], MAX_PIXELS / 1_000_000);
    }
    String name = cleanName(originalName);
    String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
    if (!extensionFits(type, ext)) {
      throw new BusinessException("evidence.nameMismatch");
    }
    return new Accepted(name, type);
  }

  /**
   * Refuses a file by the size the upload declares, before its bytes are read into memory: the
   * container accepts parts well above the limit (web.xml) so that such a file is answered "larger
   * than 10 MB" rather than by an error page.
   */
  public static void requireWithinLimit(long declaredBytes) {
    if (declaredBytes > MAX_BYTES) {
      throw new BusinessException("evidence.tooLarge", MAX_BYTES / (1024 * 1024));
    }
  }

  static String detect(byte[] b) {
    if (startsWith(b, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
      return "application/pdf";
    }
    if (b.length > 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
      return "image/jpeg";
    }
    if (startsWith(b, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
      return "image/png";
    }
    if (b.length > 12) {
      String box = new String(b, 4, 8, StandardCharsets.US_ASCII);
      if (box.equals("ftypheic") || box.equals("ftypheix") || box.equals("ftypmif1") || box.equals("ftyphevc")) {
        return "image/heic";
      }
    }
    return null;
  }

  /**
   * Width and height as the header declares them (PNG: the IHDR chunk; JPEG: the first start-of-frame
   * segment), without decoding the image; null when the header does not say (or for other types).
   */
  static long[] pixels(String type, byte[] b) {
    if ("image/png".equals(type)) {
      return b.length >= 24 && b[12] == 'I' && b[13] == 'H' && b[14] == 'D' && b[15] == 'R' ? new long[] {u32(b, 16), u32(b, 20)} : null;
    }
    if (!"image/jpeg".equals(type)) {
      return null;
    }
    int i = 2;
    while (i + 9 < b.length && (b[i] & 0xff) == 0xFF) {
      int marker = b[i + 1] & 0xff;
      if (marker == 0xFF) { // fill byte
        i++;
        continue;
      }
      if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) { // no length
        i += 2;
        continue;
      }
      boolean startOfFrame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
      if (startOfFrame) {
        return new long[] {u16(b, i + 7), u16(b, i + 5)};
      }
      if (marker == 0xDA || marker == 0xD9) { // image data before any frame header: nothing declared
        return null;
      }
      i += 2 + u16(b, i + 2);
    }
    return null;
  }

  private static long u16(byte[] b, int at) {
    return ((b[at] & 0xffL) << 8) | (b[at + 1] & 0xffL);
  }

  private static long u32(byte[] b, int at) {
    return ((b[at] & 0xffL) << 24) | ((b[at + 1] & 0xffL) << 16) | ((b[at + 2] & 0xffL) << 8) | (b[at + 3] & 0xffL);
  }

  private static boolean extensionFits(String type, String ext) {
    return switch (type) {
      case "application/pdf" -> ext.equals("pdf");
      case "image/jpeg" -> ext.equals("jpg") || ext.equals("jpeg");
      case "image/png" -> ext.equals("png");
      case "image/heic" -> ext.equals("heic") || ext.equals("heif");
      default -> false;
    };
  }

  /** Keeps the last path segment, drops control and markup characters, shortens long names. */
  public static String cleanName(String name) {
    String n = name == null ? "" : name;
    n = n.substring(Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\')) + 1);
    n = n.replaceAll("[\\p{Cntrl}\\p{Cf}<>:\"|?*]", "").strip();
    if (n.isEmpty() || n.startsWith(".")) {
      n = "file" + n;
    }
    if (n.length() > MAX_NAME) {
      int dot = n.lastIndexOf('.');
      String ext = dot > 0 && n.length() - dot <= 6 ? n.substring(dot) : "";
      int keep = MAX_NAME - ext.length();
      if (Character.isHighSurrogate(n.charAt(keep - 1))) {
        keep--;
      }
      n = n.substring(0, keep) + ext;
    }
    return n;
  }

  private static boolean startsWith(byte[] b, byte[] prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (b[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
