package th.go.cdd.performance.web.program;

import th.go.cdd.performance.web.Texts;
import th.go.cdd.performance.program.ProgramProblem;
import th.go.cdd.performance.program.ProgramRefused;
import th.go.cdd.performance.shared.BusinessException;

/** Shows a refused set-up change: every problem of the program as its own message. */
final class ProgramMessages {
  private ProgramMessages() {}

  static void show(BusinessException e) {
    if (e instanceof ProgramRefused refused) {
      Texts.error(null, refused);
      for (ProgramProblem p : refused.getProblems()) {
        Texts.error(null, p.key(), p.args().toArray());
      }
    } else {
      Texts.error(null, e);
    }
  }
}
