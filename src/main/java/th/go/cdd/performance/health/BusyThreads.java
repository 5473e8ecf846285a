package th.go.cdd.performance.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The requests and engine jobs running now, each with the thread that runs it and since when. A
 * piece of work nested in another on the same thread (an engine command inside a request) counts
 * as the outer one.
 */
@ApplicationScoped
public class BusyThreads {
  private final Map<Thread, Work> running = new ConcurrentHashMap<>();

  /** One piece of work on one thread: what it is (a request's method and path, or "engine job") and since when. */
  public record Work(Thread thread, String what, long startedNanos) {
    public Duration busyFor(long nowNanos) {
      return Duration.ofNanos(nowNanos - startedNanos);
    }
  }

  /**
   * Marks the current thread busy with {@code what} unless it already is; returns whether it was
   * marked, so that only the caller that marked it calls {@link #done()}.
   */
  public boolean start(String what) {
    Thread current = Thread.currentThread();
    return running.putIfAbsent(current, new Work(current, what, System.nanoTime())) == null;
  }

  public void done() {
    running.remove(Thread.currentThread());
  }

  /** The work busy longer than {@code bound}, the longest first. */
  public List<Work> busyLongerThan(Duration bound) {
    long now = System.nanoTime();
    List<Work> stuck = new ArrayList<>();
    for (Work w : running.values()) {
      if (w.busyFor(now).compareTo(bound) > 0) {
        stuck.add(w);
      }
    }
    stuck.sort(Comparator.comparingLong(Work::startedNanos));
    return stuck;
  }

  /** How long the oldest running piece of work has been busy (zero when none runs). */
  public Duration longestBusy() {
    long now = System.nanoTime();
    return running.values().stream().map(w -> w.busyFor(now)).max(Comparator.naturalOrder()).orElse(Duration.ZERO);
  }
}
