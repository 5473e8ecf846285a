package th.go.cdd.performance.migration;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * An empty database of its own for one schema test: an in-memory H2 in the legacy mode the application's
 * pool uses, or a new database on the local PostgreSQL (dropped when closed).
 */
final class ScratchDatabase implements AutoCloseable {
  private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/";

  final String kind;
  final String url;
  final String name;
  private final Connection keepAlive;

  private ScratchDatabase(String kind, String url, String name) throws SQLException {
    this.kind = kind;
    this.url = url;
    this.name = name;
    this.keepAlive = connect();
  }

  static ScratchDatabase create(String kind, String purpose) throws SQLException {
    String name = ("cdd_schema_" + purpose + "_" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(java.util.Locale.ROOT);
    if ("postgres".equals(kind)) {
      try (Connection c = DriverManager.getConnection(POSTGRES + "postgres", "postgres", "postgres"); Statement s = c.createStatement()) {
        s.execute("CREATE DATABASE " + name);
      }
      return new ScratchDatabase(kind, POSTGRES + name, name);
    }
    return new ScratchDatabase("h2", "jdbc:h2:mem:" + name + ";MODE=LEGACY;DB_CLOSE_DELAY=-1", name);
  }

  String user() {
    return "postgres".equals(kind) ? "postgres" : "sa";
  }

  String password() {
    return "postgres".equals(kind) ? "postgres" : "sa";
  }

  String driver() {
    return "postgres".equals(kind) ? "org.postgresql.Driver" : "org.h2.Driver";
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(url, user(), password());
  }

  void execute(String sql) throws SQLException {
    try (Connection c = connect(); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  long count(String sql) throws SQLException {
    try (Connection c = connect(); Statement s = c.createStatement(); var rows = s.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  @Override
  public void close() throws SQLException {
    if ("postgres".equals(kind)) {
      keepAlive.close();
      try (Connection c = DriverManager.getConnection(POSTGRES + "postgres", "postgres", "postgres"); Statement s = c.createStatement()) {
        s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      }
    } else {
      try (Statement s = keepAlive.createStatement()) {
        s.execute("SHUTDOWN");
      }
      keepAlive.close();
    }
  }
}
