package th.go.cdd.performance.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatsTest {
  @Test
  void percentilesAreNearestRankOfTheSortedValues() {
    Stats s = new Stats(List.of(5.0, 1.0, 4.0, 2.0, 3.0, 10.0, 9.0, 8.0, 7.0, 6.0));
    assertThat(s.percentile(50)).isEqualTo(5.0);
    assertThat(s.percentile(95)).isEqualTo(10.0);
    assertThat(s.percentile(10)).isEqualTo(1.0);
    assertThat(s.min()).isEqualTo(1.0);
    assertThat(s.max()).isEqualTo(10.0);
  }

  @Test
  void spreadShowsTheMedianWithMinAndMaxOfRepeatedRuns() {
    assertThat(new Stats(List.of(12.0, 10.0, 11.0)).spread("%.1f")).isEqualTo("11.0 (10.0–12.0)");
    assertThat(new Stats(List.of(7.0)).spread("%.0f")).isEqualTo("7");
    assertThat(new Stats(List.of()).spread("%.0f")).isEqualTo("-");
    assertThat(new Stats(List.of()).percentile(95)).isNaN();
  }
}
