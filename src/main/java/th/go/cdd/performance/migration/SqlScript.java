package th.go.cdd.performance.migration;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Runs one of Camunda's plain DDL scripts from the class path: comments dropped, one statement per ";". */
final class SqlScript {
  private SqlScript() {}

  static void run(Connection connection, String resource) throws SQLException {
    String script;
    try (InputStream in = SqlScript.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new SQLException("no script " + resource + " on the class path");
      }
      script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new SQLException("cannot read " + resource, e);
    }
    StringBuilder code = new StringBuilder();
    for (String line : script.split("\n")) {
      String trimmed = line.strip();
      if (!trimmed.startsWith("--")) {
        code.append(line).append('\n');
      }
    }
    try (Statement s = connection.createStatement()) {
      for (String statement : code.toString().split(";")) {
        if (!statement.isBlank()) {
          s.execute(statement.strip());
        }
      }
    }
    if (!connection.getAutoCommit()) {
      connection.commit();
    }
  }
}
