package th.go.cdd.performance.chaos;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The exceptions the servers logged during a run, each distinct stack once with the log and line it came from: what
 * a failed run prints so that its cause can be read from the CI output, where the servers' logs are not kept.
 * Connection errors of the data grid while a member is stopped or killed are expected and left out.
 */
final class LoggedExceptions {
  private static final Pattern HEADER = Pattern.compile("^(Caused by: )?([a-z][\\w$]*\\.)+[A-Z][\\w$]*(Exception|Error)(: .*)?$");
  private static final Pattern EXPECTED = Pattern.compile("com\\.hazelcast\\.|Connection refused|ClosedChannelException|SSL certificate");
  private static final int FRAMES = 25;

  private LoggedExceptions() {}

  /** Distinct stacks in the logs {@code s<n>*.log} of {@code dir}, at most {@code limit}, each as text. */
  static List<String> in(Path dir, int limit) throws IOException {
    Map<String, String> stacks = new LinkedHashMap<>();
    List<Path> logs;
    try (Stream<Path> files = Files.list(dir)) {
      logs = files.filter(p -> p.getFileName().toString().matches("s\\d.*\\.log")).sorted().toList();
    }
    for (Path log : logs) {
      List<String> lines = Files.readAllLines(log, StandardCharsets.ISO_8859_1);
      for (int i = 0; i < lines.size() && stacks.size() < limit; i++) {
        if (!HEADER.matcher(lines.get(i)).matches() || lines.get(i).startsWith("Caused by")) {
          continue;
        }
        List<String> block = new ArrayList<>();
        block.add(lines.get(i));
        int j = i + 1;
        int frames = 0;
        for (; j < lines.size() && (lines.get(j).startsWith("\t") || lines.get(j).startsWith("Caused by") || lines.get(j).startsWith("\t...")); j++) {
          if (lines.get(j).startsWith("Caused by") || frames++ < FRAMES) {
            block.add(lines.get(j));
          }
        }
        String text = String.join("\n", block);
        String key = block.get(0).replaceAll(":.*", "") + (block.size() > 1 ? block.get(1) : "");
        if (block.size() > 1 && !EXPECTED.matcher(text).find()) {
          stacks.putIfAbsent(key, log.getFileName() + " line " + (i + 1) + (i > 0 ? " (" + lines.get(i - 1).trim() + ")" : "") + "\n" + text);
        }
        i = j - 1;
      }
    }
    return List.copyOf(stacks.values());
  }
}
