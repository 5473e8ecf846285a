package th.go.cdd.performance.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;

import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The {@code applyRosterMoves} model: an hourly timer that carries out the moves whose day has come. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "bpmn/roster-moves.bpmn")
class RosterMovesProcessTest {
  /** Stands in for the PersonMoves bean the expression calls. */
  public static final class CountingMoves {
    final AtomicInteger calls = new AtomicInteger();

    public int applyDue() {
      return calls.incrementAndGet();
    }
  }

  @AfterEach
  void resetFakes() {
    Mocks.reset();
  }

  @Test
  void everyFiringAppliesTheDueMovesAndTheTimerWaitsForTheNextHour() {
    CountingMoves moves = new CountingMoves();
    Mocks.register("personMoves", moves);
    Job first = timer();
    assertThat(first.getDuedate()).isInTheFuture();

    managementService().executeJob(first.getId());

    assertThat(moves.calls).hasValue(1);
    Job next = timer();
    assertThat(next.getId()).isNotEqualTo(first.getId());
    long inMinutes = (next.getDuedate().getTime() - System.currentTimeMillis()) / 60_000;
    assertThat(inMinutes).isBetween(58L, 60L);

    managementService().executeJob(next.getId());
    assertThat(moves.calls).hasValue(2);
  }

  private static Job timer() {
    return managementService().createJobQuery().processDefinitionKey("applyRosterMoves").timers().singleResult();
  }
}
