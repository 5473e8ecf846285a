package th.go.cdd.performance.circular;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import th.go.cdd.performance.access.AccessPolicy;
import th.go.cdd.performance.audit.AuditAction;
import th.go.cdd.performance.audit.AuditLog;
import th.go.cdd.performance.audit.AuditTarget;
import th.go.cdd.performance.people.People;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.program.Program;
import th.go.cdd.performance.report.CanonicalForm;
import th.go.cdd.performance.report.EvidenceCheck;
import th.go.cdd.performance.shared.BusinessException;

/**
 * Registering a program's circular (administrators only), its attachments and agenda, and who may
 * read them: administrators, and the staff, directors and officers of the program's provinces.
 */
@Stateless
public class Circulars {
  @PersistenceContext private EntityManager em;
  @Inject private People people;
  @Inject private Clock clock;
  @Inject private AuditLog audit;

  public List<Program> search(String username, String query) {
    AccessPolicy.requireAdministrator(people.byUsername(username));
    return em.createNamedQuery("Program.findAll", Program.class).getResultList().stream()
        .filter(p -> CircularNumbers.matches(p.getCircularNo(), p.getCircularSubject(), query)).toList();
  }

  public Program program(long programId) {
    return AccessPolicy.found(em.find(Program.class, programId));
  }

  /** Records the circular on the program (the one place its fields live), audited. */
  public void register(String username, long programId, String number, LocalDate date, String subject, String issuer,
      String referenceLetter, LocalDate orientationDate, String zoomLink) {
    Person admin = AccessPolicy.requireAdministrator(people.byUsername(username));
    if (blank(number) || date == null || blank(subject) || blank(issuer)) {
      throw new BusinessException("circular.required");
    }
    if (!blank(zoomLink) && !zoomLink.strip().matches("https://\\S+")) {
      throw new BusinessException("circular.zoomLink");
    }
    Program p = program(programId);
    p.announce(number.strip(), date, subject.strip(), issuer.strip(), blank(referenceLetter) ? null : referenceLetter.strip());
    p.scheduleOrientation(orientationDate, blank(zoomLink) ? null : zoomLink.strip());
    audit.record(admin, AuditAction.REGISTER_CIRCULAR, target(p), number.strip(), subject.strip());
  }

  public CircularAttachment attach(String username, long programId, String fileName, byte[] content) {
    Person admin = AccessPolicy.requireAdministrator(people.byUsername(username));
    EvidenceCheck.Accepted ok = CircularFileCheck.check(fileName, content);
    CircularAttachment a = new CircularAttachment(program(programId), ok.fileName(), ok.contentType(), content,
        CanonicalForm.sha256(content), clock.instant());
    em.persist(a);
    audit.record(admin, AuditAction.ATTACH_CIRCULAR_FILE, target(a.getProgram()), ok.fileName(), "sha256 " + a.getSha256());
    return a;
  }

  public void removeAttachment(String username, long attachmentId) {
    Person admin = AccessPolicy.requireAdministrator(people.byUsername(username));
    CircularAttachment a = em.find(CircularAttachment.class, attachmentId);
    if (a != null) {
      audit.record(admin, AuditAction.REMOVE_CIRCULAR_FILE, target(a.getProgram()), a.getFileName(), "sha256 " + a.getSha256());
      em.remove(a);
    }
  }

  public List<CircularAttachment> attachments(long programId) {
    return em.createNamedQuery("CircularAttachment.findByProgram", CircularAttachment.class)
        .setParameter("program", program(programId)).getResultList();
  }

  /** Replaces the agenda with the parsed text; a bad line leaves the old agenda as it was. */
  public void saveAgenda(String username, long programId, String text) {
    AccessPolicy.requireAdministrator(people.byUsername(username));
    List<AgendaText.Line> lines = AgendaText.parse(text);
    Program p = program(programId);
    em.createNamedQuery("AgendaItem.deleteByProgram").setParameter("program", p).executeUpdate();
    for (int i = 0; i < lines.size(); i++) {
      em.persist(new AgendaItem(p, i + 1, lines.get(i)));
    }
  }

  public List<AgendaItem> agenda(long programId) {
    return em.createNamedQuery("AgendaItem.findByProgram", AgendaItem.class).setParameter("program", program(programId)).getResultList();
  }

  /** An attachment for someone who may read the program's circular; anyone else is refused. */
  public CircularAttachment download(String username, long attachmentId) {
    CircularAttachment a = em.find(CircularAttachment.class, attachmentId);
    if (a == null || !AccessPolicy.mayReadProgram(people.byUsername(username), a.getProgram())) {
      throw AccessPolicy.denied();
    }
    return a;
  }



  private static AuditTarget target(Program p) {
    return new AuditTarget(null, null, null, null, p.getCode());
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
