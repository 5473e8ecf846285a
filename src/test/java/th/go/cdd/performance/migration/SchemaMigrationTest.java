package th.go.cdd.performance.migration;

/** The schema migrations on H2, the embedded default (the PostgreSQL run is SchemaMigrationIT). */
class SchemaMigrationTest extends SchemaMigrationContract {
  @Override
  String kind() {
    return "h2";
  }
}
