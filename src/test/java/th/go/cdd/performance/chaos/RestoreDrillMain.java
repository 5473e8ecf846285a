package th.go.cdd.performance.chaos;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;
import th.go.cdd.performance.testing.JsfClient;

/**
 * The backup and restore drill on its own ({@link RestoreDrill}): a throwaway PostgreSQL cluster with a
 * WAL archive (port {@link ThrowawayPostgres#PORT}, set {@code -Dchaos.pg.port=5496} beside other runs), one
 * server with the demo year (signed reports) on port {@code chaos.drill.sourcePort} (8230), a base
 * backup, then an office's reports filled, submitted and approved (new signatures that only the WAL
 * archive holds), then the restore to the restore point and the checks. Writes
 * target/drill/summary.md and exits non-zero when a check failed. Argument: the build directory (with
 * ROOT.war and server/ from {@code mvn package}). Run from the project folder:
 *
 * <pre>
 * mvn -B -ntp -o -q package -DskipTests
 * java -Dchaos.pg.port=5496 -cp target/test-classes:target/classes:$(cat target/test.classpath) \
 *     th.go.cdd.performance.chaos.RestoreDrillMain target
 * </pre>
 *
 * (target/test.classpath from {@code mvn -o dependency:build-classpath -Dmdep.outputFile=target/test.classpath}).
 */
public final class RestoreDrillMain {
  static final String DATABASE = "cdd_drill";
  static final int SOURCE_PORT = Integer.getInteger("chaos.drill.sourcePort", 8230);
  static final String OFFICE = "drill1";

  private RestoreDrillMain() {}

  public static void main(String[] args) throws Exception {
    Path target = Path.of(args.length > 0 ? args[0] : "target");
    Path out = Files.createDirectories(target.resolve("drill"));
    Path war = ChaosMain.chaosWar(target, out);
    List<String> keystore = List.of("-Dcdd.seal.keystore=" + out.resolve("seal-keys.p12").toAbsolutePath());
    Files.deleteIfExists(out.resolve("seal-keys.p12"));
    Findings findings = new Findings();
    String stopped = "";
    long t0 = System.nanoTime();
    try (ThrowawayPostgres pg = ThrowawayPostgres.withWalArchive()) {
      pg.createDatabase(DATABASE);
      List<String> options = new ArrayList<>(List.of("-Dcdd.demo.enabled=true"));
      options.addAll(keystore);
      PayaraServer source = new PayaraServer(target, war, DATABASE, options, SOURCE_PORT, List.of("--nocluster"), out);
      try {
        findings.figure(String.format("Source server ready in %.1f s (demo year loaded)", source.start("drill-source.log")));
        new RestoreDrill(target, war, out, pg, DATABASE, keystore).run(findings, () -> {
          approveAnOffice(source);
          source.stop();
        });
      } catch (Exception e) {
        stopped = "\n**The run stopped:** " + e + "\n";
        e.printStackTrace();
      } finally {
        source.stop();
      }
    }
    boolean passed = findings.passed() && stopped.isEmpty();
    String summary = "# Backup and restore drill\n\n" + findings.markdown("Point-in-time recovery, the application on it, every chain verified")
        + stopped + String.format("%nTotal %.0f s. Overall: %s%n", (System.nanoTime() - t0) / 1e9, passed ? "PASS" : "FAIL");
    Files.writeString(out.resolve("summary.md"), summary);
    System.out.println(summary);
    System.exit(passed ? 0 : 1);
  }

  /** Writes after the base backup: an office whose staff fill and submit, and whose director approves (signatures). */
  private static void approveAnOffice(PayaraServer server) throws Exception {
    JsfClient http = JsfClient.at(server.at("/")).timeout(Duration.ofSeconds(120)).build();
    JsfClient.Answer staff = http.post("/chaos/office?prefix=" + OFFICE + "&province=50&staff=2");
    require(staff, "the office");
    for (String s : staff.body().split(",")) {
      String[] report = new String[1];
      Awaitility.await("the round-2 report of " + s).atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() -> {
        JsfClient.Answer a = http.get("/chaos/report?staff=" + s + "&round=2");
        report[0] = a.body();
        return a.ok();
      });
      require(http.post("/chaos/fill?staff=" + s + "&report=" + report[0]), "fill " + s);
      require(http.post("/chaos/submit?staff=" + s + "&report=" + report[0]), "submit " + s);
      require(http.post("/chaos/approve?director=" + OFFICE + ".director&report=" + report[0]), "approve " + s);
    }
  }

  private static void require(JsfClient.Answer answer, String what) {
    if (!answer.ok()) {
      throw new IllegalStateException(what + ": " + answer);
    }
  }
}
