package th.go.cdd.performance.migration;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.diff.DiffResult;
import liquibase.diff.ObjectDifferences;
import liquibase.diff.compare.CompareControl;
import liquibase.diff.DiffGeneratorFactory;
import liquibase.structure.DatabaseObject;
import liquibase.structure.core.Relation;

/**
 * Liquibase's comparison of two schemas (tables, columns and their types and nullability, primary keys,
 * unique constraints, foreign keys, indexes, sequences), kept to the tables a test names: every difference
 * as one readable line, none when the schemas are the same. Column order is not compared.
 */
final class SchemaDiff {
  private SchemaDiff() {}

  static List<String> between(Connection reference, Connection target, Predicate<String> tables) throws Exception {
    Database ref = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(reference));
    Database tgt = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(target));
    DiffResult diff = DiffGeneratorFactory.getInstance().compare(ref, tgt, CompareControl.STANDARD);
    List<String> lines = new ArrayList<>();
    for (DatabaseObject missing : diff.getMissingObjects()) {
      if (kept(missing, tables)) {
        lines.add("missing " + describe(missing));
      }
    }
    for (DatabaseObject unexpected : diff.getUnexpectedObjects()) {
      if (kept(unexpected, tables)) {
        lines.add("unexpected " + describe(unexpected));
      }
    }
    for (Map.Entry<DatabaseObject, ObjectDifferences> changed : diff.getChangedObjects().entrySet()) {
      if (kept(changed.getKey(), tables)) {
        changed.getValue().getDifferences().stream()
            // a column's position is not part of what a schema means: ALTER TABLE ADD COLUMN appends, CREATE TABLE lists
            .filter(d -> !"order".equals(d.getField()))
            .forEach(d -> lines.add("changed " + describe(changed.getKey()) + ": " + d.getField()
            + " " + d.getReferenceValue() + " -> " + d.getComparedValue()));
      }
    }
    return lines;
  }

  private static boolean kept(DatabaseObject object, Predicate<String> tables) {
    String table = tableOf(object);
    return table != null && tables.test(table.toUpperCase(Locale.ROOT));
  }

  private static String tableOf(DatabaseObject object) {
    if (object instanceof Relation relation) {
      return relation.getName();
    }
    if (object instanceof liquibase.structure.core.Sequence sequence) {
      return sequence.getName();
    }
    for (String attribute : List.of("table", "relation", "foreignKeyTable")) {
      Object owner = object.getAttribute(attribute, Object.class);
      if (owner instanceof DatabaseObject owning) {
        return owning.getName();
      }
    }
    return null;
  }

  private static String describe(DatabaseObject object) {
    return object.getClass().getSimpleName() + " " + object;
  }
}
