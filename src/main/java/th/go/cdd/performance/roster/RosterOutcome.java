package th.go.cdd.performance.roster;

import java.io.Serializable;
import java.util.List;

/**
 * A roster checked (preview) or imported: the problems if the file is not clean (then nothing was
 * imported), else each line's change, the counts and, after the import, the one-time passwords.
 */
public record RosterOutcome(List<RosterProblem> problems, List<RosterChange> changes, int added, int updated, int unchanged,
    int closed, int groupsAdded, int enrolled, List<IssuedPassword> passwords) implements Serializable {
  public boolean clean() {
    return problems.isEmpty();
  }

  static RosterOutcome refused(List<RosterProblem> problems) {
    return new RosterOutcome(List.copyOf(problems), List.of(), 0, 0, 0, 0, 0, 0, List.of());
  }
}
