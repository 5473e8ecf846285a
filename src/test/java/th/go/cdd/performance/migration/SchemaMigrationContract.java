package th.go.cdd.performance.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import th.go.cdd.performance.approval.SealKeys;
import th.go.cdd.performance.approval.Seals;
import th.go.cdd.performance.document.EverySignedReport;
import th.go.cdd.performance.document.Verification;
import th.go.cdd.performance.workflow.FakeProgramCalendar;
import th.go.cdd.performance.workflow.FakeReminderCalendar;
import th.go.cdd.performance.workflow.FakeReminderDelegate;
import th.go.cdd.performance.workflow.FakeReportLifecycle;
import th.go.cdd.performance.workflow.FakeRoundCalendar;

/**
 * The schema under migrations, on one kind of database: what the changelogs make is what the entities and
 * the engine expect, a database made before migrations is adopted without losing a row, the engine's minor
 * upgrade runs as Camunda documents it, and the dry run only prints.
 */
abstract class SchemaMigrationContract {
  private static final Predicate<String> APPLICATION = table -> !table.startsWith("ACT_") && !table.startsWith("DATABASECHANGELOG");
  private static final Predicate<String> ENGINE = table -> table.startsWith("ACT_");

  abstract String kind();

  @Test
  void migratedTablesAreExactlyWhatTheEntitiesExpect() throws Exception {
    try (ScratchDatabase expected = ScratchDatabase.create(kind(), "entities"); ScratchDatabase migrated = ScratchDatabase.create(kind(), "migrated")) {
      EntitySchema.createIn(expected);
      migrate(migrated);

      assertThat(differences(expected, migrated, APPLICATION)).isEmpty();
      assertThat(migrated.count("select count(*) from DATABASECHANGELOG")).isGreaterThan(90);
    }
  }

  @Test
  void engineTablesAreExactlyWhatTheEngineCreatesAndItStartsOnThemWithoutUpdating() throws Exception {
    try (ScratchDatabase byEngine = ScratchDatabase.create(kind(), "engine"); ScratchDatabase migrated = ScratchDatabase.create(kind(), "migrated")) {
      ProcessEngine own = StandaloneEngine.on(byEngine, "true");
      own.close();
      SqlScript.run(byEngine.connect(), "org/camunda/bpm/engine/db/create/activiti." + dialect(byEngine) + ".create.case.engine.sql");
      SqlScript.run(byEngine.connect(), "org/camunda/bpm/engine/db/create/activiti." + dialect(byEngine) + ".create.case.history.sql");
      SqlScript.run(byEngine.connect(), "org/camunda/bpm/engine/db/create/activiti." + dialect(byEngine) + ".create.decision.engine.sql");
      SqlScript.run(byEngine.connect(), "org/camunda/bpm/engine/db/create/activiti." + dialect(byEngine) + ".create.decision.history.sql");
      migrate(migrated);

      assertThat(differences(byEngine, migrated, ENGINE)).isEmpty();
      completesAUserTask(migrated);
    }
  }

  @Test
  void aDatabaseMadeBeforeMigrationsIsAdoptedThenMigratedLikeAnyOther() throws Exception {
    try (ScratchDatabase old = ScratchDatabase.create(kind(), "release1"); ScratchDatabase fresh = ScratchDatabase.create(kind(), "fresh")) {
      Release100.loadInto(old);

      SchemaMigration.Outcome outcome;
      try (Connection c = old.connect()) {
        outcome = new SchemaMigration(c).migrate();
      }

      assertThat(outcome.adopted()).contains("engine 7.24.0", "application " + SchemaMigration.APPLICATION_BASELINE_TAG);
      assertThat(outcome.ran()).isNotEmpty().allMatch(id -> !id.contains("baseline") && !id.contains("camunda-changelog"));
      migrate(fresh);
      assertThat(differences(fresh, old, table -> !table.startsWith("DATABASECHANGELOG"))).as("the adopted schema is a fresh one's").isEmpty();
      try (Connection c = old.connect()) {
        assertThat(new SchemaMigration(c).pending()).isEmpty();
        assertThat(new SchemaMigration(c).migrate().ran()).isEmpty();
      }
    }
  }

  @Test
  void release100sYearIsUpgradedWithNothingLostEveryChainStillVerifiedAndEveryOpenTaskCompleting() throws Exception {
    try (ScratchDatabase db = ScratchDatabase.create(kind(), "release1year")) {
      Release100.loadInto(db);
      Map<String, String> before = TableDigests.of(db);

      SchemaMigration.Outcome outcome;
      try (Connection c = db.connect()) {
        outcome = new SchemaMigration(c).migrate();
      }

      assertThat(outcome.adopted()).contains("engine 7.24.0", "application " + SchemaMigration.APPLICATION_BASELINE_TAG);
      assertThat(outcome.ran()).contains("db/cdd/1.1.0-api-tokens.xml::1.1.0-001::cdd");
      assertThat(TableDigests.of(db)).as("every table of release 1.0.0, row for row").containsAllEntriesOf(before);
      assertThat(before.get("SIGNATURE")).doesNotStartWith("0 rows");
      assertThat(before.get("EVIDENCE_FILE")).as("release 1.0.0's evidence files").doesNotStartWith("0 rows");

      EntityManagerFactory unit = EntitySchema.open(db);
      Path keys = Release100.sealKeys();
      try {
        EntityManager em = unit.createEntityManager();
        List<Verification.Result> chains = EverySignedReport.verify(em,
            new Seals(SealKeys.load(keys, Release100.SEAL_KEYS_PASSWORD.toCharArray(), null, Clock.systemUTC())));
        em.close();
        assertThat(chains).hasSizeGreaterThanOrEqualTo(20)
            .allSatisfy(chain -> {
              assertThat(chain.outcome()).isEqualTo(Verification.Outcome.MATCHES);
              assertThat(chain.seal()).isEqualTo(Seals.Check.VOUCHED);
            });
      } finally {
        unit.close();
        Files.delete(keys);
      }

      ProcessEngine engine = StandaloneEngine.on(db, "false", Map.of("reportLifecycle", new FakeReportLifecycle(), "roundCalendar", new FakeRoundCalendar(),
          "programCalendar", new FakeProgramCalendar(), "reminderCalendar", new FakeReminderCalendar(), "reminderDelegate", new FakeReminderDelegate()));
      try {
        List<Task> open = engine.getTaskService().createTaskQuery().list();
        assertThat(open).extracting(Task::getTaskDefinitionKey).contains("fillReport", "directorReview", "officerReview");
        for (Task task : open) {
          engine.getTaskService().complete(task.getId(), Map.of("decision", "officerReview".equals(task.getTaskDefinitionKey()) ? "SIGN" : "APPROVE"));
        }
        for (Task task : open) {
          assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(task.getId()).finished().count())
              .as("task %s (%s) completed", task.getId(), task.getTaskDefinitionKey()).isEqualTo(1);
        }
      } finally {
        engine.close();
      }
    }
  }

  @Test
  void theEngineUpgradesFromItsPreviousMinorAsCamundaDocumentsIt() throws Exception {
    try (ScratchDatabase db = ScratchDatabase.create(kind(), "engine723")) {
      try (Connection c = db.connect()) {
        Scope.child(Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(getClass().getClassLoader()),
            () -> new CommandScope("updateToTag").addArgumentValue("changelogFile", SchemaMigration.ENGINE_CHANGELOG)
                .addArgumentValue("tag", "7.23.0")
                .addArgumentValue("database", DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c)))
                .execute());
      }
      assertThat(db.count("select count(*) from ACT_GE_SCHEMA_LOG where VERSION_ = '7.24.0'")).isZero();

      List<String> ran;
      try (Connection c = db.connect()) {
        ran = new SchemaMigration(c).migrate().ran();
      }

      assertThat(ran).anyMatch(id -> id.contains("7.23-to-7.24")).anyMatch(id -> id.contains("1.0.0-tag"));
      assertThat(db.count("select count(*) from ACT_GE_SCHEMA_LOG where VERSION_ = '7.24.0'")).isEqualTo(1);
      completesAUserTask(db);
    }
  }

  @Test
  void theDryRunPrintsTheSqlAndChangesNothing() throws Exception {
    try (ScratchDatabase empty = ScratchDatabase.create(kind(), "dryrun")) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (Connection c = empty.connect()) {
        new SchemaMigration(c).printPendingSql(out);
      }
      String sql = out.toString(StandardCharsets.UTF_8).toUpperCase(java.util.Locale.ROOT);

      assertThat(sql).containsPattern("CREATE TABLE (PUBLIC\\.)?ACT_RU_TASK").containsPattern("CREATE TABLE (PUBLIC\\.)?PERSON")
          .containsPattern("CREATE SEQUENCE .*SEQ_GEN_SEQUENCE");
      assertThat(tableCount(empty)).as("tables after a dry run").isZero();
    }
  }

  @Test
  void onADatabaseMadeBeforeMigrationsTheStatusAndTheDryRunTellTheAdoptionAndWriteNothing() throws Exception {
    try (ScratchDatabase old = ScratchDatabase.create(kind(), "release1dry")) {
      Release100.loadInto(old);
      long tables = tableCount(old);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      List<String> pending;
      try (Connection c = old.connect()) {
        pending = new SchemaMigration(c).pending();
        new SchemaMigration(c).printPendingSql(out);
      }
      String sql = out.toString(StandardCharsets.UTF_8);

      // release 1.0.0's schema is the baseline: after adoption only what later releases added runs
      assertThat(pending).isNotEmpty().allMatch(id -> id.startsWith("db/cdd/") && !id.contains("baseline"));
      assertThat(sql).contains("adoption marks the change sets up to engine 7.24.0 and application " + SchemaMigration.APPLICATION_BASELINE_TAG)
          .contains(pending.get(0)).containsIgnoringCase("INSERT INTO").doesNotContainPattern("(?i)CREATE TABLE (PUBLIC\\.)?PERSON");
      assertThat(tableCount(old)).as("no table written by the status or the dry run").isEqualTo(tables);
      List<String> ran;
      try (Connection c = old.connect()) {
        ran = new SchemaMigration(c).migrate().ran();
      }
      assertThat(ran).isEqualTo(pending);
    }
  }

  private static long tableCount(ScratchDatabase db) throws Exception {
    long n = 0;
    try (Connection c = db.connect(); var tables = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
      while (tables.next()) {
        n += "INFORMATION_SCHEMA".equalsIgnoreCase(tables.getString("TABLE_SCHEM")) ? 0 : 1;
      }
    }
    return n;
  }

  private static void migrate(ScratchDatabase db) throws Exception {
    try (Connection c = db.connect()) {
      new SchemaMigration(c).migrate();
    }
  }

  private static List<String> differences(ScratchDatabase reference, ScratchDatabase target, Predicate<String> tables) throws Exception {
    try (Connection r = reference.connect(); Connection t = target.connect()) {
      return SchemaDiff.between(r, t, tables);
    }
  }

  private static String dialect(ScratchDatabase db) {
    return "postgres".equals(db.kind) ? "postgres" : "h2";
  }

  private static String startsAUserTask(ProcessEngine engine) {
    engine.getRepositoryService().createDeployment()
        .addModelInstance("check.bpmn", Bpmn.createExecutableProcess("check").camundaHistoryTimeToLive(1).startEvent().userTask("sign").endEvent().done())
        .deploy();
    engine.getRuntimeService().startProcessInstanceByKey("check");
    return engine.getTaskService().createTaskQuery().singleResult().getId();
  }

  private static void completesAUserTask(ScratchDatabase db) {
    ProcessEngine engine = StandaloneEngine.on(db, "false");
    try {
      engine.getTaskService().complete(startsAUserTask(engine));
      assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().finished().count()).isEqualTo(1);
    } finally {
      engine.close();
    }
  }
}
