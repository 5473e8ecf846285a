package th.go.cdd.performance.security;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.UUID;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.h2.jdbcx.JdbcDataSource;

/**
 * An in-memory H2 database of its own, in the legacy mode the application's pool uses, holding only the
 * sign_in_allowance table as its migration makes it: what {@link SignInAllowances} runs on in the tests.
 */
final class AllowanceDatabase implements AutoCloseable {
  private static final String CHANGELOG = "db/cdd/1.2.0-sign-in-allowances.xml";

  private final JdbcDataSource dataSource = new JdbcDataSource();
  private final Connection keepAlive;

  AllowanceDatabase() throws Exception {
    dataSource.setURL("jdbc:h2:mem:allowances_" + UUID.randomUUID().toString().substring(0, 8) + ";MODE=LEGACY;DB_CLOSE_DELAY=-1");
    dataSource.setUser("sa");
    dataSource.setPassword("sa");
    keepAlive = dataSource.getConnection();
    try (Connection c = dataSource.getConnection()) {
      Scope.child(Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(getClass().getClassLoader()),
          () -> new CommandScope("update").addArgumentValue("changelogFile", CHANGELOG)
              .addArgumentValue("database", DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c)))
              .execute());
    }
  }

  /** The allowances of one server on this database. */
  SignInAllowances server(Clock clock) {
    return new SignInAllowances(dataSource, clock);
  }

  long rows() throws SQLException {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); var rows = s.executeQuery("select count(*) from SIGN_IN_ALLOWANCE")) {
      rows.next();
      return rows.getLong(1);
    }
  }

  @Override
  public void close() throws SQLException {
    try (Statement s = keepAlive.createStatement()) {
      s.execute("SHUTDOWN");
    }
    keepAlive.close();
  }
}
