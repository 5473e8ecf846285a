package th.go.cdd.performance.approval;

import java.util.List;

/** One page of an inbox and how many rows its filter holds in all, read together ({@link Inbox#read}). */
public record InboxPage(List<InboxRow> rows, long total) {
  public InboxPage {
    rows = List.copyOf(rows);
  }
}
