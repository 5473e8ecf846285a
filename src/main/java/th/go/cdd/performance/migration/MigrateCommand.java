package th.go.cdd.performance.migration;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

/**
 * The migrations as an operator's command, run before the servers start (migrate.sh): migrates, or with
 * --dry-run prints the SQL it would run, or with --status lists the change sets not yet run. The database
 * comes from --url, --user and --password.
 */
public final class MigrateCommand {
  private MigrateCommand() {}

  public static void main(String[] args) throws SQLException {
    String url = null;
    String user = "";
    String password = "";
    String mode = "migrate";
    for (String arg : args) {
      if (arg.startsWith("--url=")) {
        url = arg.substring(6);
      } else if (arg.startsWith("--user=")) {
        user = arg.substring(7);
      } else if (arg.startsWith("--password=")) {
        password = arg.substring(11);
      } else if ("--dry-run".equals(arg) || "--status".equals(arg)) {
        mode = arg.substring(2);
      } else {
        System.err.println("migrate: unknown option " + arg + " (--url= --user= --password= [--dry-run | --status])");
        System.exit(2);
      }
    }
    if (url == null) {
      System.err.println("migrate: --url= is required");
      System.exit(2);
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    try (Connection connection = DriverManager.getConnection(url, user, password)) {
      SchemaMigration migration = new SchemaMigration(connection);
      switch (mode) {
        case "dry-run" -> migration.printPendingSql(out);
        case "status" -> {
          List<String> pending = migration.pending();
          out.println(pending.isEmpty() ? "up to date" : pending.size() + " change sets to run:");
          pending.forEach(out::println);
        }
        default -> out.println(migration.migrate().summary());
      }
    }
  }
}
