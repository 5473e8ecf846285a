package th.go.cdd.performance.chaos;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import th.go.cdd.performance.document.EverySignedReport;

/**
 * The crash run, then the database-outage run, then the first-day run, on a throwaway PostgreSQL cluster; prints the
 * summary, writes target/chaos/summary.md and exits non-zero when a check failed. Argument: the
 * build directory (with ROOT.war and server/ from {@code mvn package}).
 */
public final class ChaosMain {
  static final String DATABASE = "cdd_chaos";

  private ChaosMain() {}

  /** The product's WAR with the test-only chaos servlet added, written into this folder. */
  static Path chaosWar(Path target, Path out) {
    Path war = out.resolve("ROOT.war");
    ShrinkWrap.createFromZipFile(WebArchive.class, target.resolve("ROOT.war").toFile())
        .addClasses(ChaosServlet.class, GridStatistics.class, SlowJob.class, ChainsServlet.class, EverySignedReport.class)
        .as(ZipExporter.class).exportTo(war.toFile(), true);
    return war;
  }

  public static void main(String[] args) throws Exception {
    Path target = Path.of(args.length > 0 ? args[0] : "target");
    Path out = Files.createDirectories(target.resolve("chaos"));
    Path war = chaosWar(target, out);
    StringBuilder summary = new StringBuilder("# Crash and database-outage runs\n\n");
    boolean passed = true;
    long t0 = System.nanoTime();
    try (ThrowawayPostgres pg = new ThrowawayPostgres()) {
      pg.createDatabase(DATABASE);
      PayaraServer server = new PayaraServer(target, war, DATABASE);
      try {
        double first = server.start("crash-first.log");
        summary.append(String.format("Server ready in %.1f s on an empty database (demo year loaded).%n%n", first));
        if (!"outage".equals(System.getProperty("chaos.only"))) {
          Findings crash = new CrashRun(server, pg, DATABASE).run();
          summary.append(crash.markdown("Crash (SIGKILL) in a stream of submits and approvals"));
          passed &= crash.passed();
        }
        Findings outage = new OutageRun(server, pg, out).run();
        summary.append(outage.markdown("PostgreSQL stopped and started under load"));
        passed &= outage.passed();
      } catch (Exception e) {
        summary.append("\n**The run stopped:** ").append(e).append("\n");
        passed = false;
        e.printStackTrace();
      } finally {
        server.stop();
      }
      if (!"outage".equals(System.getProperty("chaos.only"))) {
        try {
          Findings firstDay = new FirstDayRun(target, war).run(pg);
          summary.append(firstDay.markdown("A department's first day: an empty database, the first administrator, no demo"));
          passed &= firstDay.passed();
        } catch (Exception e) {
          summary.append("\n**The first-day run stopped:** ").append(e).append("\n");
          passed = false;
          e.printStackTrace();
        }
      }
    }
    summary.append(String.format("%nTotal %.0f s. Overall: %s%n", (System.nanoTime() - t0) / 1e9, passed ? "PASS" : "FAIL"));
    Files.writeString(out.resolve("summary.md"), summary);
    System.out.println(summary);
    System.exit(passed ? 0 : 1);
  }
}
