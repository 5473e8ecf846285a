package th.go.cdd.performance.migration;

/** The schema migrations on the integration run's database (it.db: h2 or postgres), outside the container. */
class SchemaMigrationIT extends SchemaMigrationContract {
  @Override
  String kind() {
    return System.getProperty("it.db", "h2");
  }
}
