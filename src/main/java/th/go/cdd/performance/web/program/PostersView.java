package th.go.cdd.performance.web.program;

import th.go.cdd.performance.web.UserSession;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import th.go.cdd.performance.circular.Attendance;
import th.go.cdd.performance.circular.Posters;
import th.go.cdd.performance.program.Program;
import th.go.cdd.performance.program.ProgramCatalog;
import th.go.cdd.performance.program.Province;
import th.go.cdd.performance.program.ReportingRound;

/** The QR submission posters: one download per province the user may see and per round of the program. */
@Named
@ViewScoped
public class PostersView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private Attendance attendance;
  @Inject private Posters posters;
  @Inject private ProgramCatalog catalog;
  @Inject private UserSession session;

  private Long programId;
  private List<Province> provinces;

  public List<Program> getPrograms() {
    return catalog.programs();
  }

  public List<Province> getProvinces() {
    if (provinces == null) {
      Long id = getProgramId();
      provinces = id == null ? List.of() : attendance.provinces(session.getUsername(), id);
    }
    return provinces;
  }

  public List<ReportingRound> getRounds() {
    Long id = getProgramId();
    return id == null ? List.of() : getPrograms().stream().filter(p -> p.getId().equals(id)).findFirst()
        .map(Program::getRounds).orElse(List.of());
  }

  public String url(ReportingRound round) {
    return posters.url(round.getProgram().getCode(), round.getNumber());
  }

  public boolean isAllowed() {
    return !getProvinces().isEmpty();
  }

  public void changed() {
    provinces = null;
  }

  public Long getProgramId() {
    if (programId == null) {
      List<Program> all = getPrograms();
      programId = all.isEmpty() ? null : all.get(all.size() - 1).getId();
    }
    return programId;
  }

  public void setProgramId(Long programId) {
    this.programId = programId;
  }
}
