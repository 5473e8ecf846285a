package th.go.cdd.performance.health;

import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * The engine's commands as busy work: on the job executor's threads these are the timer jobs (a
 * command inside a request counts as that request). Placed first in the engine's interceptor chain.
 */
public class BusyEngineCommands extends CommandInterceptor {
  private final BusyThreads busy;

  public BusyEngineCommands(BusyThreads busy) {
    this.busy = busy;
  }

  @Override
  public <T> T execute(Command<T> command) {
    boolean marked = busy.start("engine " + command.getClass().getSimpleName());
    try {
      return next.execute(command);
    } finally {
      if (marked) {
        busy.done();
      }
    }
  }
}
