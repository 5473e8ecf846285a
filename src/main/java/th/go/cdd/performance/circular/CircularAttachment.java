package th.go.cdd.performance.circular;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import th.go.cdd.performance.program.Program;
import th.go.cdd.performance.shared.BaseEntity;

/** A file attached to a program's circular (agenda, KPI framework, the form), checked by content. */
@Entity
@Table(name = "circular_attachment")
@NamedQuery(name = "CircularAttachment.findByProgram",
    query = "select a from CircularAttachment a where a.program = :program order by a.id")
public class CircularAttachment extends BaseEntity {
  @ManyToOne(optional = false)
  private Program program;

  private String fileName;
  private String contentType;
  private long size;

  @Column(length = 64)
  private String sha256;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  private byte[] content;

  private Instant uploadedAt;

  protected CircularAttachment() {}

  public CircularAttachment(Program program, String fileName, String contentType, byte[] content, String sha256, Instant uploadedAt) {
    this.program = Objects.requireNonNull(program);
    this.fileName = Objects.requireNonNull(fileName);
    this.contentType = Objects.requireNonNull(contentType);
    this.content = Objects.requireNonNull(content);
    this.size = content.length;
    this.sha256 = Objects.requireNonNull(sha256);
    this.uploadedAt = uploadedAt;
  }

  public Program getProgram() {
    return program;
  }

  public String getFileName() {
    return fileName;
  }

  public String getContentType() {
    return contentType;
  }

  public long getSize() {
    return size;
  }

  public String getSha256() {
    return sha256;
  }

  public byte[] getContent() {
    return content;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }
}
