package th.go.cdd.performance.migration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Every table's rows as one digest (row count and SHA-256 of the sorted rows), to show a migration lost or changed none. */
final class TableDigests {
  private TableDigests() {}

  static Map<String, String> of(ScratchDatabase db) throws Exception {
    Map<String, String> digests = new TreeMap<>();
    try (Connection c = db.connect()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rows = c.getMetaData().getTables(null, "postgres".equals(db.kind) ? "public" : "PUBLIC", "%", new String[] {"TABLE"})) {
        while (rows.next()) {
          tables.add(rows.getString("TABLE_NAME"));
        }
      }
      for (String table : tables) {
        if (!table.toUpperCase(Locale.ROOT).startsWith("DATABASECHANGELOG")) {
          digests.put(table.toUpperCase(Locale.ROOT), digest(c, table));
        }
      }
    }
    return digests;
  }

  private static String text(Object value) throws java.sql.SQLException {
    if (value instanceof java.sql.Blob blob) {
      return HexFormat.of().formatHex(blob.getBytes(1, (int) blob.length()));
    }
    if (value instanceof java.sql.Clob clob) {
      return clob.getSubString(1, (int) clob.length());
    }
    return value instanceof byte[] bytes ? HexFormat.of().formatHex(bytes) : String.valueOf(value);
  }

  private static String digest(Connection c, String table) throws Exception {
    List<String> lines = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery("select * from " + table)) {
      int columns = rows.getMetaData().getColumnCount();
      while (rows.next()) {
        StringBuilder line = new StringBuilder();
        for (int i = 1; i <= columns; i++) {
          Object value = rows.getObject(i);
          line.append(text(value)).append('\u0001');
        }
        lines.add(line.toString());
      }
    }
    lines.sort(null);
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    lines.forEach(line -> sha.update(line.getBytes(StandardCharsets.UTF_8)));
    return lines.size() + " rows " + HexFormat.of().formatHex(sha.digest());
  }
}
