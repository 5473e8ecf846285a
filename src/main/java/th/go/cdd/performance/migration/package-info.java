/**
 * The database schema under versioned migrations (Liquibase): the engine's tables by Camunda's own changelog,
 * the application's by db/cdd-changelog.xml, run at start-up before anything reads the database or by an
 * operator first (migrate.sh, with a dry run). A database made before migrations is adopted, not rebuilt.
 */
package th.go.cdd.performance.migration;
