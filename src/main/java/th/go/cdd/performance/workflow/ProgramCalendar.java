package th.go.cdd.performance.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Date;
import th.go.cdd.performance.program.Program;

/** Program-wide timer dates: the orientation check-in window closes at the end of the orientation day. */
@Named("programCalendar")
@ApplicationScoped
public class ProgramCalendar {
  @PersistenceContext private EntityManager em;

  public Date checkInClosesAt(Long programId) {
    Program program = em.find(Program.class, programId);
    return RoundCalendar.startOfDay(program.getOrientationDate().plusDays(1));
  }
}
