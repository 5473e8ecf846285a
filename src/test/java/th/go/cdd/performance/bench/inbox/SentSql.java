package th.go.cdd.performance.bench.inbox;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * The statements EclipseLink sent, as sent: the SQL text with its placeholders (IN lists expanded, the
 * page's LIMIT and OFFSET in) and the values bound to them. Taken from the session's events rather than
 * rebuilt, so the plans are read for exactly what the inbox runs.
 */
final class SentSql extends SessionEventAdapter {
  /** One statement and its bound values, in order. */
  record Statement(String sql, List<Object> values) {}

  private final List<Statement> sent = new ArrayList<>();

  @Override
  public void postExecuteCall(SessionEvent event) {
    if (event.getCall() instanceof DatabaseCall call) {
      sent.add(new Statement(call.getSQLString(), new ArrayList<>(call.getParameters())));
    }
  }

  /** The statements sent since the last {@link #clear}, in order. */
  List<Statement> all() {
    return List.copyOf(sent);
  }

  void clear() {
    sent.clear();
  }
}
