package th.go.cdd.performance.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Before the PostgreSQL integration run starts the container, recreates the empty database cdd_it
 * on the local server (127.0.0.1:5432, user postgres). Does nothing on the H2 run.
 */
public class PostgresTestDatabase implements LauncherSessionListener {
  public static final String URL = "jdbc:postgresql://127.0.0.1:5432/postgres";

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (!"postgres".equals(System.getProperty("it.db"))) {
      return;
    }
    try (Connection c = DriverManager.getConnection(URL, "postgres", "postgres"); Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS cdd_it WITH (FORCE)");
      s.execute("CREATE DATABASE cdd_it");
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL must run on 127.0.0.1:5432 for the integration tests (.ci/run starts it)", e);
    }
  }
}
