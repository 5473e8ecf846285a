package th.go.cdd.performance.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/** Percentiles of measured values (nearest rank) and the median-min-max of repeated runs. */
final class Stats {
  private final List<Double> sorted;

  Stats(Collection<Double> values) {
    sorted = new ArrayList<>(values);
    Collections.sort(sorted);
  }

  boolean isEmpty() {
    return sorted.isEmpty();
  }

  int count() {
    return sorted.size();
  }

  /** Nearest-rank percentile, p in (0, 100]; NaN when there are no values. */
  double percentile(double p) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }

  double median() {
    return percentile(50);
  }

  double min() {
    return sorted.isEmpty() ? Double.NaN : sorted.get(0);
  }

  double max() {
    return sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() - 1);
  }

  /** "median (min-max)" with the given number format, e.g. "%.0f". */
  String spread(String format) {
    if (sorted.isEmpty()) {
      return "-";
    }
    if (sorted.size() == 1) {
      return String.format(format, median());
    }
    return String.format(format + " (" + format + "–" + format + ")", median(), min(), max());
  }
}
