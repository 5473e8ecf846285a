package th.go.cdd.performance.workflow;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.program.Program;
import th.go.cdd.performance.shared.RowLock;
import th.go.cdd.performance.administration.ProgramSetup;

/**
 * Starting a program: {@link ProgramSetup#markStarted} checks it and marks it started, then every
 * staff member on its roster is enrolled in chunks, each in its own transaction, so that ten
 * thousand staff are not one giant transaction. Enrolment is idempotent, so starting twice (or
 * again after a start cut short) starts each staff member's process once.
 */
@Stateless
public class ProgramStart {
  static final int CHUNK = 100;

  @Resource private SessionContext context;
  @PersistenceContext private EntityManager em;
  @Inject private ProgramSetup setup;
  @Inject private StaffEnrolment enrolment;

  /** What a start did: the staff on the roster and how many of them this start enrolled. */
  public record Outcome(int staff, int enrolledNow) {}

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Outcome start(String username, long programId) {
    List<Long> staff = setup.markStarted(username, programId);
    ProgramStart self = context.getBusinessObject(ProgramStart.class);
    int enrolled = 0;
    for (int from = 0; from < staff.size(); from += CHUNK) {
      enrolled += self.enrolChunk(programId, staff.subList(from, Math.min(staff.size(), from + CHUNK)));
    }
    return new Outcome(staff.size(), enrolled);
  }

  /** Enrols these staff members; returns how many were not enrolled before. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int enrolChunk(long programId, List<Long> staffIds) {
    // two starts at once (two administrators, a double click) take turns chunk by chunk, so the
    // second sees the first's processes and starts none twice
    RowLock.take(em, Program.class, programId);
    Program program = em.find(Program.class, programId);
    int enrolled = 0;
    for (Long id : staffIds) {
      Person staff = em.find(Person.class, id);
      if (!enrolment.isEnrolled(staff, program)) {
        enrolment.enrol(staff, program);
        enrolled++;
      }
    }
    return enrolled;
  }
}
