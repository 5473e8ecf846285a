package th.go.cdd.performance.access;

import java.util.List;

/**
 * Which reports' tasks a user's inbox holds, as {@link AccessPolicy#reach} decides: a staff member
 * their own reports ({@code ownStaffId}); an administrator every report ({@code everything}); a
 * director or officer the tasks waiting in their candidate groups or their principals' today
 * ({@code groups}), and tasks an administrator handed to them or a principal by name ({@code assignees}).
 */
public record TaskReach(Long ownStaffId, boolean everything, List<String> groups, List<String> assignees) {
  public TaskReach {
    groups = List.copyOf(groups);
    assignees = List.copyOf(assignees);
  }

  /** Whether a task waiting in this group, or handed to this username, is one this user may take. */
  public boolean holds(String pendingGroup, String pendingAssignee) {
    return pendingAssignee != null && assignees.contains(pendingAssignee) || pendingGroup != null && groups.contains(pendingGroup);
  }
}
