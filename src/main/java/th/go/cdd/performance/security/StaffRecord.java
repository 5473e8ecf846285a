package th.go.cdd.performance.security;

import th.go.cdd.performance.people.Person;

/**
 * What {@link AccessPolicy} needs to know of a record kept for one staff member (a performance
 * report): whose it is and who holds it now when a task was handed to a named approver. The
 * policy reads only this, so {@code security} does not depend on {@code report}.
 */
public interface StaffRecord {
  /** The staff member the record belongs to. */
  Person getStaff();

  /** The username of the approver a pending task was handed to by name, or null. */
  String getPendingAssignee();
}
