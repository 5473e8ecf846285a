/**
 * The roster: staff, group directors and provincial officers with the groups of each provincial
 * office, imported from an Excel or CSV file. A file is read and checked whole ({@code RosterFile},
 * {@code RosterRules}); every bad row is reported with its line and nothing is imported until the
 * file is clean; the import ({@code RosterImport}) then runs in one transaction, keyed by staff
 * number, so the same file twice changes nothing. Moves between groups or offices are kept as
 * {@code PersonMove} rows.
 */
package th.go.cdd.performance.roster;
