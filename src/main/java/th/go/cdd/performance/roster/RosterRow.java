package th.go.cdd.performance.roster;

import java.io.Serializable;
import java.time.LocalDate;
import th.go.cdd.performance.people.Role;

/** One checked line of a roster file. Group code and name are null for an officer without a group. */
public record RosterRow(int line, String title, String firstName, String lastName, String staffNumber, String position,
    String groupCode, String groupName, String provinceCode, Role role, String email, String phone, Integer cohort,
    LocalDate contractStart, LocalDate contractEnd, LocalDate effectiveFrom) implements Serializable {}
