package th.go.cdd.performance.migration;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import liquibase.Scope;
import liquibase.change.core.TagDatabaseChange;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.command.CommandScope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;
import org.camunda.bpm.engine.impl.util.ProductPropertiesUtil;

/**
 * The database schema under versioned migrations (Liquibase): first the engine's tables by Camunda's own
 * changelog (shipped in camunda-engine, a baseline of 7.16 then one change set per minor release), then the
 * application's tables by {@link #APPLICATION_CHANGELOG}. Both record what ran in DATABASECHANGELOG and take
 * DATABASECHANGELOGLOCK while they run, so two servers starting at once migrate once.
 *
 * <p>A database made before migrations (release 1.0.0: the engine created its tables itself and EclipseLink
 * created the application's) has no DATABASECHANGELOG. It is adopted first: the engine's change sets up to the
 * engine version recorded in ACT_GE_SCHEMA_LOG, and the application's baseline, are marked as run without
 * running; what came after them then runs as on any database.
 */
public final class SchemaMigration {
  public static final String ENGINE_CHANGELOG = "org/camunda/bpm/engine/db/liquibase/camunda-changelog.xml";
  public static final String APPLICATION_CHANGELOG = "db/cdd-changelog.xml";
  /** The application's schema as release 1.0.0 left it (the last change set of its baseline). */
  public static final String APPLICATION_BASELINE_TAG = "cdd-1.0.0";
  /** Camunda's changelog starts from this engine version; an older engine schema is upgraded by Camunda's scripts first. */
  static final String FIRST_ENGINE_TAG = "7.16.0";

  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  private final Connection connection;

  public SchemaMigration(Connection connection) {
    this.connection = connection;
  }

  /** Adopts a database made before migrations, then runs every change set not yet run. */
  public Outcome migrate() {
    try {
      List<String> adopted = adoptUnmanaged();
      List<String> pending = pending();
      for (String changelog : List.of(ENGINE_CHANGELOG, APPLICATION_CHANGELOG)) {
        run(new CommandScope("update").addArgumentValue("changelogFile", changelog));
      }
      Outcome outcome = new Outcome(adopted, pending);
      LOG.info(outcome::summary);
      return outcome;
    } catch (SQLException | LiquibaseException e) {
      throw new SchemaMigrationFailed(e);
    }
  }

  /**
   * The dry run: writes the SQL that {@link #migrate()} would run, adoption included, without changing the
   * database (Liquibase's updateSql, which also prints the bookkeeping rows it would write).
   */
  public void printPendingSql(OutputStream out) {
    try {
      boolean unmanaged = unmanaged();
      Optional<String> engineTag = unmanaged ? engineVersion() : Optional.empty();
      boolean applicationTables = unmanaged && tableExists("PERSON");
      PrintStream text = new PrintStream(out, true, StandardCharsets.UTF_8);
      if (engineTag.isPresent() || applicationTables) {
        text.println("-- A database made before migrations: adoption marks the change sets up to engine " + engineTag.orElse("(none)")
            + (applicationTables ? " and application " + APPLICATION_BASELINE_TAG : "") + " as run"
            + (engineTag.isPresent() && !tableExists("ACT_RE_CASE_DEF") ? ", after creating the engine's decision and case tables from its own scripts" : "")
            + ". Then these change sets run: " + (pending().isEmpty() ? "none" : String.join(", ", pending()))
            + " (their SQL shows in a dry run after adoption).");
      }
      if (engineTag.isPresent()) {
        run(new CommandScope("changelogSyncToTagSql").addArgumentValue("changelogFile", ENGINE_CHANGELOG)
            .addArgumentValue("tag", engineTag.get()).setOutput(out));
      } else {
        run(new CommandScope("updateSql").addArgumentValue("changelogFile", ENGINE_CHANGELOG).setOutput(out));
      }
      if (applicationTables) {
        run(new CommandScope("changelogSyncToTagSql").addArgumentValue("changelogFile", APPLICATION_CHANGELOG)
            .addArgumentValue("tag", APPLICATION_BASELINE_TAG).setOutput(out));
      } else {
        run(new CommandScope("updateSql").addArgumentValue("changelogFile", APPLICATION_CHANGELOG).setOutput(out));
      }
    } catch (SQLException | LiquibaseException e) {
      throw new SchemaMigrationFailed(e);
    }
  }

  /**
   * The change sets a migration would run, "file::id::author", the engine's first, read without writing
   * anything (Liquibase's own status creates its tables): on a database made before migrations, those after
   * what adoption marks as run.
   */
  public List<String> pending() {
    try {
      Set<String> ran = ranChangeSets();
      boolean unmanaged = unmanaged();
      Optional<String> engineTag = unmanaged ? engineVersion() : Optional.empty();
      boolean applicationTables = unmanaged && tableExists("PERSON");
      List<String> ids = new ArrayList<>();
      ids.addAll(unrun(ENGINE_CHANGELOG, engineTag, ran));
      ids.addAll(unrun(APPLICATION_CHANGELOG, applicationTables ? Optional.of(APPLICATION_BASELINE_TAG) : Optional.empty(), ran));
      return ids;
    } catch (SQLException | LiquibaseException e) {
      throw new SchemaMigrationFailed(e);
    }
  }

  /** The change sets of one changelog not in {@code ran}, skipping those up to {@code adoptedTo} (a tag) when present. */
  private List<String> unrun(String changelog, Optional<String> adoptedTo, Set<String> ran) throws LiquibaseException {
    Database database = database();
    DatabaseChangeLog parsed;
    try {
      parsed = Scope.child(scope(), () -> ChangeLogParserFactory.getInstance().getParser(changelog, resources())
          .parse(changelog, new ChangeLogParameters(database), resources()));
    } catch (LiquibaseException e) {
      throw e;
    } catch (Exception e) {
      throw new LiquibaseException(e);
    }
    List<String> ids = new ArrayList<>();
    boolean adopted = adoptedTo.isPresent();
    for (ChangeSet changeSet : parsed.getChangeSets()) {
      if (adopted) {
        adopted = changeSet.getChanges().stream().noneMatch(change -> change instanceof TagDatabaseChange tag && tag.getTag().equals(adoptedTo.get()));
        continue;
      }
      String id = changeSet.toString(false);
      if (!ran.contains(id)) {
        ids.add(id);
      }
    }
    return ids;
  }

  private Set<String> ranChangeSets() throws SQLException {
    Set<String> ran = new HashSet<>();
    if (unmanaged()) {
      return ran;
    }
    try (Statement s = connection.createStatement(); ResultSet rows = s.executeQuery("select FILENAME, ID, AUTHOR from DATABASECHANGELOG")) {
      while (rows.next()) {
        ran.add(rows.getString(1) + "::" + rows.getString(2) + "::" + rows.getString(3));
      }
    }
    return ran;
  }

  private List<String> adoptUnmanaged() throws SQLException, LiquibaseException {
    List<String> adopted = new ArrayList<>();
    if (!unmanaged()) {
      return adopted;
    }
    Optional<String> engineTag = engineVersion();
    if (engineTag.isPresent()) {
      adopted.addAll(createDisabledEngineParts(engineTag.get()));
      run(new CommandScope("changelogSyncToTag").addArgumentValue("changelogFile", ENGINE_CHANGELOG).addArgumentValue("tag", engineTag.get()));
      adopted.add("engine " + engineTag.get());
    }
    if (tableExists("PERSON")) {
      run(new CommandScope("changelogSyncToTag").addArgumentValue("changelogFile", APPLICATION_CHANGELOG)
          .addArgumentValue("tag", APPLICATION_BASELINE_TAG));
      adopted.add("application " + APPLICATION_BASELINE_TAG);
    }
    if (!adopted.isEmpty()) {
      LOG.info(() -> "a database made before migrations was adopted: " + String.join(", ", adopted));
    }
    return adopted;
  }

  /**
   * Release 1.0.0's engine ran without decisions and cases and so created none of their tables; Camunda's
   * changelog has them, and its later upgrades may alter them. They are created from this engine's own
   * scripts, which is right only when the database is at this engine's minor version.
   */
  private List<String> createDisabledEngineParts(String engineTag) throws SQLException {
    List<String> created = new ArrayList<>();
    List<String> parts = new ArrayList<>();
    if (!tableExists("ACT_RE_CASE_DEF")) {
      parts.addAll(List.of("case.engine", "case.history"));
    }
    if (!tableExists("ACT_RE_DECISION_DEF")) {
      parts.addAll(List.of("decision.engine", "decision.history"));
    }
    if (parts.isEmpty()) {
      return created;
    }
    String engine = minorTag(ProductPropertiesUtil.getProductVersion());
    if (!engine.equals(engineTag)) {
      throw new SchemaMigrationFailed(new IllegalStateException("the engine schema is at " + engineTag + " without its decision and case tables; "
          + "start the release made for engine " + engineTag + " on it first, or create them with Camunda's " + engineTag + " scripts"));
    }
    String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    String db = product.contains("postgres") ? "postgres" : "h2";
    for (String part : parts) {
      SqlScript.run(connection, "org/camunda/bpm/engine/db/create/activiti." + db + ".create." + part + ".sql");
      created.add("engine " + part + " tables created");
    }
    return created;
  }

  private boolean unmanaged() throws SQLException {
    return !tableExists("DATABASECHANGELOG");
  }

  /**
   * The engine version of a database the engine created itself: the last row of ACT_GE_SCHEMA_LOG ("7.24.0"),
   * which is the tag of Camunda's changelog up to which its schema matches.
   */
  private Optional<String> engineVersion() throws SQLException {
    if (!tableExists("ACT_GE_SCHEMA_LOG")) {
      return Optional.empty();
    }
    String version = null;
    try (Statement s = connection.createStatement();
        ResultSet rows = s.executeQuery("select ID_, VERSION_ from ACT_GE_SCHEMA_LOG")) {
      int last = -1;
      while (rows.next()) {
        int id = Integer.parseInt(rows.getString(1).trim());
        if (id > last) {
          last = id;
          version = rows.getString(2).trim();
        }
      }
    }
    if (version == null) {
      return Optional.empty();
    }
    if (compareVersions(version, FIRST_ENGINE_TAG) < 0) {
      throw new SchemaMigrationFailed(new IllegalStateException("the engine schema is at " + version
          + "; Camunda's changelog starts at " + FIRST_ENGINE_TAG + ": upgrade it with Camunda's SQL scripts first"));
    }
    return Optional.of(minorTag(version));
  }

  /** Camunda tags its changelog per minor release ("7.24.0"); a patch release (7.24.3) has the minor's schema. */
  static String minorTag(String version) {
    String[] parts = version.split("\\.");
    return parts[0] + "." + parts[1] + ".0";
  }

  static int compareVersions(String a, String b) {
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      int c = Integer.compare(i < x.length ? Integer.parseInt(x[i].replaceAll("\\D.*", "")) : 0,
          i < y.length ? Integer.parseInt(y[i].replaceAll("\\D.*", "")) : 0);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  private boolean tableExists(String table) throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    for (String name : List.of(table, table.toLowerCase(Locale.ROOT))) {
      try (ResultSet rows = meta.getTables(null, null, name, new String[] {"TABLE"})) {
        if (rows.next()) {
          return true;
        }
      }
    }
    return false;
  }

  private liquibase.command.CommandResults run(CommandScope command) throws LiquibaseException, SQLException {
    Database database = database();
    command.addArgumentValue("database", database);
    try {
      return Scope.child(scope(), command::execute);
    } catch (LiquibaseException e) {
      throw e;
    } catch (Exception e) {
      throw new LiquibaseException(e);
    }
  }

  private Database database() throws LiquibaseException {
    return DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
  }

  private static ClassLoaderResourceAccessor resources() {
    return new ClassLoaderResourceAccessor(SchemaMigration.class.getClassLoader());
  }

  /** The class path is where the changelogs are; no banner, no phoning home (the servers have no internet). */
  private static Map<String, Object> scope() {
    return Map.of(Scope.Attr.resourceAccessor.name(), resources(),
        Scope.Attr.ui.name(), new LoggerUIService(), // its progress goes to the log, not to the server's console
        "liquibase.analytics.enabled", false,
        "liquibase.showBanner", false);
  }

  /** What a migration did: the parts adopted from a database made before migrations, the change sets run. */
  public record Outcome(List<String> adopted, List<String> ran) {
    public String summary() {
      return ran.isEmpty() && adopted.isEmpty() ? "database schema up to date"
          : String.format("database schema migrated: %d change sets run%s", ran.size(),
              adopted.isEmpty() ? "" : "; adopted a database made before migrations (" + String.join(", ", adopted) + ")");
    }
  }
}
