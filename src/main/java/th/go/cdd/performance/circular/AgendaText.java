package th.go.cdd.performance.circular;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import th.go.cdd.performance.shared.BusinessException;
import th.go.cdd.performance.shared.ThaiDates;

/**
 * The agenda as an administrator types it, one item a line: {@code 09:00-10:00 | topic | speaker}
 * (Thai digits and "." as the hour separator accepted; the speaker may be left out). Parsing is
 * strict: a bad line is refused with its number, and times must not go backwards.
 */
public final class AgendaText {
  private static final Pattern TIMES = Pattern.compile("(\\d{1,2})[:.](\\d{2})\\s*[-–]\\s*(\\d{1,2})[:.](\\d{2})");

  private AgendaText() {}

  public record Line(LocalTime startsAt, LocalTime endsAt, String topic, String speaker) implements java.io.Serializable {
    public String times() {
      return startsAt + "–" + endsAt;
    }
  }

  public static List<Line> parse(String text) {
    List<Line> lines = new ArrayList<>();
    if (text == null) {
      return lines;
    }
    String[] rows = text.split("\\R");
    LocalTime previousEnd = null;
    for (int i = 0; i < rows.length; i++) {
      String row = rows[i].strip();
      if (row.isEmpty()) {
        continue;
      }
      int lineNo = i + 1;
      String[] parts = row.split("\\|", -1);
      if (parts.length < 2 || parts.length > 3) {
        throw new BusinessException("agenda.line", lineNo);
      }
      Matcher m = TIMES.matcher(ThaiDates.toArabicDigits(parts[0].strip()));
      if (!m.matches()) {
        throw new BusinessException("agenda.time", lineNo);
      }
      LocalTime start;
      LocalTime end;
      try {
        start = LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        end = LocalTime.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
      } catch (java.time.DateTimeException e) {
        throw new BusinessException("agenda.time", lineNo);
      }
      if (!end.isAfter(start) || (previousEnd != null && start.isBefore(previousEnd))) {
        throw new BusinessException("agenda.order", lineNo);
      }
      String topic = parts[1].strip();
      if (topic.isEmpty()) {
        throw new BusinessException("agenda.line", lineNo);
      }
      String speaker = parts.length == 3 && !parts[2].isBlank() ? parts[2].strip() : null;
      lines.add(new Line(start, end, topic, speaker));
      previousEnd = end;
    }
    return lines;
  }

  public static String format(List<Line> lines) {
    StringBuilder b = new StringBuilder();
    for (Line l : lines) {
      b.append(l.startsAt()).append('-').append(l.endsAt()).append(" | ").append(l.topic());
      if (l.speaker() != null) {
        b.append(" | ").append(l.speaker());
      }
      b.append('\n');
    }
    return b.toString();
  }
}
