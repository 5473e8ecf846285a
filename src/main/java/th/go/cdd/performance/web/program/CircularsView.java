package th.go.cdd.performance.web.program;

import th.go.cdd.performance.web.Texts;
import th.go.cdd.performance.web.UserSession;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import th.go.cdd.performance.circular.AgendaItem;
import th.go.cdd.performance.circular.AgendaText;
import th.go.cdd.performance.circular.CircularAttachment;
import th.go.cdd.performance.circular.Circulars;
import th.go.cdd.performance.program.Program;
import th.go.cdd.performance.shared.BusinessException;

/** The administrator's circulars: the programs' circulars searched by number or subject, one edited with its files and agenda. */
@Named
@ViewScoped
public class CircularsView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private Circulars circulars;
  @Inject private UserSession session;

  private String query;
  private List<Program> list;
  private Long programId;
  private String number;
  private LocalDate date;
  private String subject;
  private String issuer;
  private String reference;
  private LocalDate orientationDate;
  private String zoomLink;
  private String agenda;
  private List<CircularAttachment> attachments;

  public boolean isAllowed() {
    return session.isAdministrator();
  }

  public List<Program> getList() {
    if (list == null) {
      list = isAllowed() ? circulars.search(session.getUsername(), query) : List.of();
    }
    return list;
  }

  public void search() {
    list = null;
  }

  public void edit(long id) {
    Program p = circulars.program(id);
    programId = p.getId();
    number = p.getCircularNo();
    date = p.getCircularDate();
    subject = p.getCircularSubject();
    issuer = p.getIssuer();
    reference = p.getReferenceLetter();
    orientationDate = p.getOrientationDate();
    zoomLink = p.getOrientationLink();
    agenda = AgendaText.format(circulars.agenda(id).stream().map(AgendaItem::line).toList());
    attachments = null;
  }

  public void save() {
    try {
      circulars.register(session.getUsername(), programId, number, date, subject, issuer, reference, orientationDate, zoomLink);
      circulars.saveAgenda(session.getUsername(), programId, agenda);
      Texts.info("circular.saved");
      list = null;
    } catch (BusinessException e) {
      Texts.error(null, e);
    }
  }

  public void upload(FileUploadEvent event) {
    try {
      th.go.cdd.performance.report.EvidenceCheck.requireWithinLimit(event.getFile().getSize()); // before the bytes are read
      circulars.attach(session.getUsername(), programId, event.getFile().getFileName(), event.getFile().getContent());
      attachments = null;
    } catch (BusinessException e) {
      Texts.error(null, e);
    }
  }

  public void removeAttachment(long id) {
    try {
      circulars.removeAttachment(session.getUsername(), id);
      attachments = null;
    } catch (BusinessException e) {
      Texts.error(null, e);
    }
  }

  public List<CircularAttachment> getAttachments() {
    if (attachments == null) {
      attachments = programId == null || !isAllowed() ? List.of() : circulars.attachments(programId);
    }
    return attachments;
  }

  public boolean isEditing() {
    return programId != null;
  }

  public Long getProgramId() {
    return programId;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getIssuer() {
    return issuer;
  }

  public void setIssuer(String issuer) {
    this.issuer = issuer;
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }

  public LocalDate getOrientationDate() {
    return orientationDate;
  }

  public void setOrientationDate(LocalDate orientationDate) {
    this.orientationDate = orientationDate;
  }

  public String getZoomLink() {
    return zoomLink;
  }

  public void setZoomLink(String zoomLink) {
    this.zoomLink = zoomLink;
  }

  public String getAgenda() {
    return agenda;
  }

  public void setAgenda(String agenda) {
    this.agenda = agenda;
  }
}
