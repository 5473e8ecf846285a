package th.go.cdd.performance.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A titled table to export: column headings and rows of cells. A cell is text, a number, a date
 * ({@link java.time.LocalDate} or {@link java.time.Instant}, written in the Buddhist Era) or empty.
 */
public final class Table {
  private final String title;
  private final List<String> headers;
  private final List<List<Object>> rows = new ArrayList<>();

  public Table(String title, List<String> headers) {
    this.title = Objects.requireNonNull(title);
    this.headers = List.copyOf(headers);
  }

  public Table row(Object... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException("expected " + headers.size() + " cells, got " + cells.length);
    }
    rows.add(Collections.unmodifiableList(java.util.Arrays.asList(cells)));
    return this;
  }

  public String title() {
    return title;
  }

  public List<String> headers() {
    return headers;
  }

  public List<List<Object>> rows() {
    return Collections.unmodifiableList(rows);
  }
}
