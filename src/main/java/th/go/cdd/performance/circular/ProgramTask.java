package th.go.cdd.performance.circular;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A staff member's program task as the inbox shows it, with the circular or the orientation it is about. */
public record ProgramTask(String id, String key, long programId, String circularNo, LocalDate circularDate,
    String circularSubject, String issuer, String referenceLetter, List<FileLink> attachments,
    LocalDate orientationDate, String zoomLink, List<AgendaText.Line> agenda) implements Serializable {

  public static final String ACKNOWLEDGE = "acknowledgeCircular";
  public static final String CHECK_IN = "checkInOrientation";

  /** An attachment's id, name and size, for a download link. */
  public record FileLink(long id, String fileName, long size) implements Serializable {
    public long getId() {
      return id;
    }

    public String getFileName() {
      return fileName;
    }

    public long getSize() {
      return size;
    }
  }

  public String getId() {
    return id;
  }

  public String getKey() {
    return key;
  }

  public boolean isCircular() {
    return ACKNOWLEDGE.equals(key);
  }

  public boolean isCheckIn() {
    return CHECK_IN.equals(key);
  }

  public String getCircularNo() {
    return circularNo;
  }

  public LocalDate getCircularDate() {
    return circularDate;
  }

  public String getCircularSubject() {
    return circularSubject;
  }

  public String getIssuer() {
    return issuer;
  }

  public String getReferenceLetter() {
    return referenceLetter;
  }

  public List<FileLink> getAttachments() {
    return attachments;
  }

  public LocalDate getOrientationDate() {
    return orientationDate;
  }

  public String getZoomLink() {
    return zoomLink;
  }

  public List<AgendaText.Line> getAgenda() {
    return agenda;
  }
}
