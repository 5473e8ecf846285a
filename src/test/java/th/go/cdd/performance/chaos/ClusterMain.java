package th.go.cdd.performance.chaos;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The cluster run ({@code mvn -Pcluster -DskipTests package}): two servers of one data grid behind HAProxy on a
 * throwaway PostgreSQL cluster; prints the summary, writes target/cluster/summary.md and exits non-zero when a
 * check failed. Argument: the build directory (with ROOT.war and server/ from {@code mvn package}).
 */
public final class ClusterMain {
  static final String DATABASE = "cdd_cluster";

  private ClusterMain() {}

  public static void main(String[] args) throws Exception {
    Path target = Path.of(args.length > 0 ? args[0] : "target");
    Path out = Files.createDirectories(target.resolve("cluster"));
    Path war = ChaosMain.chaosWar(target, out);
    StringBuilder summary = new StringBuilder("# Cluster run: two servers of one data grid behind HAProxy, one PostgreSQL\n\n");
    boolean passed;
    long t0 = System.nanoTime();
    try (ThrowawayPostgres pg = ThrowawayPostgres.withWalArchive()) {
      pg.createDatabase(DATABASE);
      ClusterRun run = new ClusterRun(target, war, out, pg, DATABASE);
      try {
        run.run();
      } catch (Exception e) {
        run.findings().check("the run went to its end", false, e.toString());
        e.printStackTrace();
      } finally {
        run.stopAll();
      }
      summary.append(run.findings().markdown("Surge through HAProxy, a server killed, timers, rejoin, a rolling restart"));
      passed = run.findings().passed();
    }
    if (!passed) {
      // the servers' logs stay on the machine that ran the run; their exceptions go with the summary
      List<String> stacks = LoggedExceptions.in(out, 6);
      summary.append("\n## Exceptions the servers logged (each distinct stack once)\n\n").append(stacks.isEmpty() ? "none\n" : "");
      stacks.forEach(s -> summary.append("```\n").append(s).append("\n```\n"));
    }
    summary.append(String.format("%nTotal %.0f s. Overall: %s%n", (System.nanoTime() - t0) / 1e9, passed ? "PASS" : "FAIL"));
    Files.writeString(out.resolve("summary.md"), summary);
    System.out.println(summary);
    System.exit(passed ? 0 : 1);
  }
}
