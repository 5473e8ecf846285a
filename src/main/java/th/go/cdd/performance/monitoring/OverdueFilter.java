package th.go.cdd.performance.monitoring;

/**
 * What the overdue list is narrowed to: a program (required), optionally one round, one province,
 * the kind of holder, and part of the staff member's name.
 */
public record OverdueFilter(long programId, Integer roundNumber, String provinceCode, HolderRole holder, String name) {}
