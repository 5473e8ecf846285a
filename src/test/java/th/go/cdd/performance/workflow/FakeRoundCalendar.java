package th.go.cdd.performance.workflow;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Test stand-in for the {@code roundCalendar} bean: fixed dates per round, records calls. */
public class FakeRoundCalendar {

  private final Map<Long, Date> opens = new HashMap<>();
  private final Map<Long, Date> overdue = new HashMap<>();
  private final List<String> calls = new ArrayList<>();

  /** Default: a round opens (10 + roundId) days from now and is overdue 30 days later. */
  public Date opensAt(Long roundId, Long staffId) {
    calls.add("opensAt:" + roundId + ":" + staffId);
    return opens.computeIfAbsent(roundId,
        id -> truncated(Instant.now().plus(10 + id % 100, ChronoUnit.DAYS)));
  }

  public Date overdueFrom(Long roundId, Long staffId) {
    calls.add("overdueFrom:" + roundId + ":" + staffId);
    return overdue.computeIfAbsent(roundId,
        id -> truncated(Instant.now().plus(40 + id % 100, ChronoUnit.DAYS)));
  }

  public FakeRoundCalendar opensAt(Long roundId, Date date) {
    opens.put(roundId, date);
    return this;
  }

  public FakeRoundCalendar overdueFrom(Long roundId, Date date) {
    overdue.put(roundId, date);
    return this;
  }

  public List<String> calls() {
    return calls;
  }

  /** Whole seconds, so the date survives the job table round trip unchanged. */
  private static Date truncated(Instant instant) {
    return Date.from(instant.truncatedTo(ChronoUnit.SECONDS));
  }
}
