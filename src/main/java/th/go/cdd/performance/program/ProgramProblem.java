package th.go.cdd.performance.program;

import java.io.Serializable;
import java.util.List;

/** One thing wrong with a program's set-up: a message key of the UI bundles and its arguments. */
public record ProgramProblem(String key, List<Object> args) implements Serializable {
  public static ProgramProblem of(String key, Object... args) {
    return new ProgramProblem(key, List.of(args));
  }
}
