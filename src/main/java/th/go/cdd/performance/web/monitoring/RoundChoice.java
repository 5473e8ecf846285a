package th.go.cdd.performance.web.monitoring;

import java.io.Serializable;
import java.util.List;
import th.go.cdd.performance.monitoring.Dashboard;
import th.go.cdd.performance.program.Program;
import th.go.cdd.performance.program.ReportingRound;

/**
 * The program and round a monitoring page shows: from the URL's round id when given (checked to
 * exist), else the newest program's current round.
 */
public final class RoundChoice implements Serializable {
  private static final long serialVersionUID = 1L;

  private Long programId;
  private Long roundId;
  private int roundNumber;

  /** Settles on a round; returns false when there is no program at all. */
  public boolean settle(Dashboard dashboard, Long requestedRound) {
    if (requestedRound != null) {
      ReportingRound r = dashboard.round(requestedRound);
      select(r);
      return true;
    }
    List<Program> programs = dashboard.programs();
    if (programs.isEmpty()) {
      return false;
    }
    Program chosen = programId == null ? programs.get(programs.size() - 1)
        : programs.stream().filter(p -> p.getId().equals(programId)).findFirst().orElse(programs.get(programs.size() - 1));
    select(dashboard.currentRound(chosen));
    return true;
  }

  private void select(ReportingRound r) {
    programId = r.getProgram().getId();
    roundId = r.getId();
    roundNumber = r.getNumber();
  }

  /** After the user picks another program: its current round. */
  public void programChanged(Dashboard dashboard) {
    roundId = null;
    settle(dashboard, null);
  }

  public Long getProgramId() {
    return programId;
  }

  public void setProgramId(Long programId) {
    this.programId = programId;
  }

  public Long getRoundId() {
    return roundId;
  }

  public void setRoundId(Long roundId) {
    this.roundId = roundId;
  }

  public int getRoundNumber() {
    return roundNumber;
  }

  /** The rounds of the chosen program, for the round menu. */
  public List<ReportingRound> rounds(Dashboard dashboard) {
    return programId == null ? List.of()
        : dashboard.programs().stream().filter(p -> p.getId().equals(programId)).findFirst().map(Program::getRounds).orElse(List.of());
  }

  /** After the user picks another round of the same program. */
  public void roundChanged(Dashboard dashboard) {
    if (roundId != null) {
      select(dashboard.round(roundId));
    }
  }
}
