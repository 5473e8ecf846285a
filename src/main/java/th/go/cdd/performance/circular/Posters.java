package th.go.cdd.performance.circular;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import th.go.cdd.performance.access.AccessPolicy;
import th.go.cdd.performance.document.PosterData;
import th.go.cdd.performance.document.PosterForm;
import th.go.cdd.performance.people.People;
import th.go.cdd.performance.program.Program;
import th.go.cdd.performance.program.Province;
import th.go.cdd.performance.program.ReportingRound;
import th.go.cdd.performance.reminder.ReminderSettings;
import th.go.cdd.performance.shared.BusinessException;

/** The QR submission poster of a province and round: administrators any province, an officer their own. */
@Stateless
public class Posters {
  @PersistenceContext private EntityManager em;
  @Inject private People people;
  @Inject private ReminderSettings settings;

  public String url(String programCode, int round) {
    return settings.publicUrl() + SubmissionLink.path(programCode, round);
  }

  public byte[] poster(String username, long programId, int roundNumber, String provinceCode) {
    AccessPolicy.requireOversee(people.byUsername(username), provinceCode);
    Program program = AccessPolicy.found(em.find(Program.class, programId));
    Province province = program.getCohorts().stream().flatMap(c -> c.getProvinces().stream())
        .filter(p -> p.getCode().equals(provinceCode)).findFirst().orElseThrow(AccessPolicy::denied);
    ReportingRound round = program.getRounds().stream().filter(r -> r.getNumber() == roundNumber).findFirst()
        .orElseThrow(() -> new BusinessException("submit.noRound"));
    return new PosterForm().print(new PosterData(program.getNameTh(), round.getNumber(), round.getPeriodStart(), round.getPeriodEnd(),
        round.getDueDate(), province.getNameTh(), url(program.getCode(), round.getNumber())));
  }
}
