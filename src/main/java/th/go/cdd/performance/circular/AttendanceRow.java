package th.go.cdd.performance.circular;

import java.io.Serializable;
import java.time.Instant;

/** One staff member or provincial officer of a province in the orientation's attendance report. */
public record AttendanceRow(String name, th.go.cdd.performance.people.Role role, String group, AttendanceStatus status, Instant checkedInAt) implements Serializable {
  public String getName() {
    return name;
  }

  public th.go.cdd.performance.people.Role getRole() {
    return role;
  }

  public String getGroup() {
    return group;
  }

  public AttendanceStatus getStatus() {
    return status;
  }

  public Instant getCheckedInAt() {
    return checkedInAt;
  }
}
