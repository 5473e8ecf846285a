package th.go.cdd.performance.migration;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.zip.GZIPInputStream;

/**
 * A database as release 1.0.0 (the last before migrations, commit cf1f213) left it, on H2 and on PostgreSQL,
 * dumped (H2's SCRIPT, pg_dump) into src/test/resources/migration: the demo year its ./run.sh made (four
 * rounds, reports in every state, open tasks at every step), then, by that release's own services through
 * its integration-test fixture, an office of six more whose reports carry evidence files (two signed, one
 * with the officer, one with the director, one returned, one draft). Every signature is sealed with the key
 * in release-1.0.0-seal-keys.p12.
 */
final class Release100 {
  static final String SEAL_KEYS = "/migration/release-1.0.0-seal-keys.p12";
  static final String SEAL_KEYS_PASSWORD = "cdd-seal-keys";

  private Release100() {}

  static void loadInto(ScratchDatabase db) throws SQLException, IOException, InterruptedException {
    if ("postgres".equals(db.kind)) {
      Path sql = Files.createTempFile("release-1.0.0-", ".sql");
      try (InputStream in = new GZIPInputStream(Release100.class.getResourceAsStream("/migration/release-1.0.0-postgres.sql.gz"))) {
        Files.copy(in, sql, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
      try {
        ProcessBuilder psql = new ProcessBuilder("psql", "-q", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-U", "postgres", "-d", db.name, "-f", sql.toString())
            .redirectErrorStream(true);
        psql.environment().put("PGPASSWORD", db.password());
        Process process = psql.start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
          throw new IllegalStateException("psql could not load release 1.0.0's dump: " + output);
        }
      } finally {
        Files.delete(sql);
      }
    } else {
      db.execute("RUNSCRIPT FROM 'classpath:/migration/release-1.0.0-h2.sql.gz' COMPRESSION GZIP");
    }
  }

  static Path sealKeys() throws IOException {
    Path copy = Files.createTempFile("release-1.0.0-seal-keys", ".p12");
    try (InputStream in = Release100.class.getResourceAsStream(SEAL_KEYS)) {
      Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    return copy;
  }
}
