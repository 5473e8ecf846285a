package th.go.cdd.performance.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** The local PostgreSQL the benchmarks use (user postgres): a fresh database per run. */
final class BenchDatabase {
  static final String PG = "jdbc:postgresql://127.0.0.1:5432/";
  static final String USER = "postgres";
  static final String PASSWORD = "postgres";

  private BenchDatabase() {}

  static void recreate(String name) throws SQLException {
    try (Connection c = DriverManager.getConnection(PG + "postgres", USER, PASSWORD); Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      s.execute("CREATE DATABASE " + name);
    }
  }

  /** ALTER DATABASE name {@code setting}: applies to the connections opened after it. */
  static void alter(String name, String setting) throws SQLException {
    try (Connection c = DriverManager.getConnection(PG + "postgres", USER, PASSWORD); Statement s = c.createStatement()) {
      s.execute("ALTER DATABASE " + name + " " + setting);
    }
  }

  static Connection connect(String name, String options) throws SQLException {
    return DriverManager.getConnection(PG + name + options, USER, PASSWORD);
  }

  static void analyze(String name) throws SQLException {
    try (Connection c = connect(name, ""); Statement s = c.createStatement()) {
      s.execute("ANALYZE");
    }
  }
}
