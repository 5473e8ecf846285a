package th.go.cdd.performance.program;

import java.util.List;
import th.go.cdd.performance.shared.BusinessException;

/** A set-up change or a start refused, with every problem found (not only the first). */
public class ProgramRefused extends BusinessException {
  private final transient List<ProgramProblem> problems;

  public ProgramRefused(List<ProgramProblem> problems) {
    super("program.refused", problems.size());
    this.problems = List.copyOf(problems);
  }

  public List<ProgramProblem> getProblems() {
    return problems;
  }
}
