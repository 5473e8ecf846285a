package th.go.cdd.performance.report;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import th.go.cdd.performance.shared.BusinessException;

/**
 * Decides what an uploaded file is from its first bytes (not its name or the browser's word),
 * accepts PDF, JPEG, PNG and HEIC (phone cameras), and cleans the name.
 */
public final class EvidenceCheck {
  public static final long MAX_BYTES = 10L * 1024 * 1024;
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
    String name = cleanName(originalName);
    String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
    if (!extensionFits(type, ext)) {
      throw new BusinessException("evidence.nameMismatch");
    }
    return new Accepted(name, type);
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
