package th.go.cdd.performance.circular;

import java.util.Locale;
import th.go.cdd.performance.report.EvidenceCheck;
import th.go.cdd.performance.shared.BusinessException;
import th.go.cdd.performance.shared.ZipPackage;

/**
 * What a circular's attachment is, from its content: PDF and images as for evidence
 * ({@link EvidenceCheck}), and Word (DOCX) and Excel (XLSX) files recognised as the zip packages
 * they are, by the part only that kind holds ({@code word/} or {@code xl/}), read without unpacking
 * ({@link ZipPackage}, which refuses zip bombs). Same size limit.
 */
public final class CircularFileCheck {
  public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private CircularFileCheck() {}

  public static EvidenceCheck.Accepted check(String originalName, byte[] content) {
    if (content != null && content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4) {
      if (content.length > EvidenceCheck.MAX_BYTES) {
        throw new BusinessException("evidence.tooLarge", EvidenceCheck.MAX_BYTES / (1024 * 1024));
      }
      String type = officeType(content);
      if (type == null) {
        throw new BusinessException("circular.fileType");
      }
      String name = EvidenceCheck.cleanName(originalName);
      String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
      if (!(type.equals(DOCX) ? ext.equals("docx") : ext.equals("xlsx"))) {
        throw new BusinessException("evidence.nameMismatch");
      }
      return new EvidenceCheck.Accepted(name, type);
    }
    try {
      return EvidenceCheck.check(originalName, content);
    } catch (BusinessException e) {
      if ("evidence.type".equals(e.getKey())) {
        throw new BusinessException("circular.fileType");
      }
      throw e;
    }
  }

  private static String officeType(byte[] content) {
    ZipPackage zip = ZipPackage.read(content);
    if (zip == null || !zip.isOfficePackage()) {
      return null;
    }
    return zip.hasUnder("word/") ? DOCX : zip.hasUnder("xl/") ? XLSX : null;
  }
}
