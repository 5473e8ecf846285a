package th.go.cdd.performance.workflow;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/** Test stand-in for the {@code programCalendar} bean. */
public class FakeProgramCalendar {

  private final Map<Long, Date> checkInCloses = new HashMap<>();

  /** Default: the check-in window closes 7 days from now. */
  public Date checkInClosesAt(Long programId) {
    return checkInCloses.computeIfAbsent(programId,
        id -> Date.from(Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS)));
  }

  public FakeProgramCalendar checkInClosesAt(Long programId, Date date) {
    checkInCloses.put(programId, date);
    return this;
  }
}
