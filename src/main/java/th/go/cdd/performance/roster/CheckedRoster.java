package th.go.cdd.performance.roster;

import java.io.Serializable;
import java.util.List;

/** A roster file read and checked: its rows and, if it is not clean, every problem by line. */
public record CheckedRoster(List<RosterRow> rows, List<RosterProblem> problems) implements Serializable {
  public boolean clean() {
    return problems.isEmpty();
  }
}
