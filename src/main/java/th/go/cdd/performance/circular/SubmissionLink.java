package th.go.cdd.performance.circular;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import th.go.cdd.performance.people.People;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.people.Role;
import th.go.cdd.performance.program.Program;
import th.go.cdd.performance.program.ReportingRound;
import th.go.cdd.performance.report.Report;
import th.go.cdd.performance.shared.BusinessException;

/**
 * The QR submission link of a program's round ({@code /app/submit.xhtml?program=&round=}): the same
 * link for everyone, it leads the signed-in staff member to their own report of that round.
 */
@Stateless
public class SubmissionLink {
  @PersistenceContext private EntityManager em;
  @Inject private People people;

  public static String path(String programCode, int round) {
    return "/app/submit.xhtml?program=" + URLEncoder.encode(programCode, StandardCharsets.UTF_8) + "&round=" + round;
  }

  /** The id of the signed-in staff member's report for the round, or a BusinessException saying why there is none. */
  public long reportOf(String username, String programCode, Integer roundNumber) {
    Person me = people.byUsername(username);
    if (me.getRole() != Role.STAFF) {
      throw new BusinessException("submit.notStaff");
    }
    Program program = em.createNamedQuery("Program.findByCode", Program.class).setParameter("code", programCode == null ? "" : programCode)
        .getResultStream().findFirst().orElseThrow(() -> new BusinessException("submit.noRound"));
    ReportingRound round = program.getRounds().stream().filter(r -> roundNumber != null && r.getNumber() == roundNumber)
        .findFirst().orElseThrow(() -> new BusinessException("submit.noRound"));
    return em.createNamedQuery("Report.findByStaffAndRound", Report.class).setParameter("staff", me).setParameter("round", round)
        .getResultStream().findFirst().map(Report::getId).orElseThrow(() -> new BusinessException("submit.noReport", round.getNumber()));
  }
}
