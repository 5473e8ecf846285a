package th.go.cdd.performance.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BusyThreadsTest {
  private final BusyThreads busy = new BusyThreads();

  @Test
  void workNestedInARequestCountsAsTheRequestAndEndsOnlyWithIt() {
    assertThat(busy.start("GET /app/inbox.xhtml")).isTrue();
    assertThat(busy.start("engine ExecuteJobsCmd")).as("nested: not marked again").isFalse();
    assertThat(busy.busyLongerThan(Duration.ZERO)).singleElement().satisfies(w -> assertThat(w.what()).isEqualTo("GET /app/inbox.xhtml"));
    busy.done();
    assertThat(busy.busyLongerThan(Duration.ZERO)).isEmpty();
    assertThat(busy.longestBusy()).isEqualTo(Duration.ZERO);
  }

  @Test
  void onlyWorkBusyLongerThanTheBoundIsReportedAndTheOldestComesFirst() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Thread other = new Thread(() -> {
      busy.start("engine job");
      started.countDown();
      try {
        release.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        busy.done();
      }
    });
    other.start();
    started.await(10, TimeUnit.SECONDS);
    busy.start("POST /app/report.xhtml");
    try {
      assertThat(busy.busyLongerThan(Duration.ofHours(1))).isEmpty();
      assertThat(busy.busyLongerThan(Duration.ZERO)).extracting(BusyThreads.Work::what).containsExactly("engine job", "POST /app/report.xhtml");
      assertThat(busy.longestBusy()).isPositive();
    } finally {
      busy.done();
      release.countDown();
      other.join(10_000);
    }
    assertThat(busy.busyLongerThan(Duration.ZERO)).isEmpty();
  }
}
