package th.go.cdd.performance.chaos;

import java.util.ArrayList;
import java.util.List;

/** What a run checked (each passed or failed, with the evidence) and what it measured. */
final class Findings {
  private record Check(String what, boolean passed, String evidence) {}

  private final List<Check> checks = new ArrayList<>();
  private final List<String> figures = new ArrayList<>();

  void check(String what, boolean passed, String evidence) {
    checks.add(new Check(what, passed, evidence));
    System.out.printf("[chaos] %s %s (%s)%n", passed ? "PASS" : "FAIL", what, evidence);
  }

  void figure(String line) {
    figures.add(line);
    System.out.println("[chaos] " + line);
  }

  boolean passed() {
    return !checks.isEmpty() && checks.stream().allMatch(Check::passed);
  }

  String markdown(String title) {
    StringBuilder md = new StringBuilder("## ").append(title).append("\n\n");
    figures.forEach(f -> md.append("- ").append(f).append('\n'));
    md.append("\n| check | result | evidence |\n|---|---|---|\n");
    checks.forEach(c -> md.append("| ").append(c.what()).append(" | ").append(c.passed() ? "pass" : "**FAIL**").append(" | ")
        .append(c.evidence().replace("|", "/")).append(" |\n"));
    return md.append('\n').toString();
  }
}
