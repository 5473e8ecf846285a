package th.go.cdd.performance.circular;

import java.io.Serializable;
import java.time.Instant;

/** One staff member of a province in the orientation's attendance report. */
public record AttendanceRow(String name, String group, AttendanceStatus status, Instant checkedInAt) implements Serializable {
  public String getName() {
    return name;
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
