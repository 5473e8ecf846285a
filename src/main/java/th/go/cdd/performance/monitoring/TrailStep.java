package th.go.cdd.performance.monitoring;

import java.time.Instant;

/** One step the report's process went through: the element, who held it, when it started and ended. */
public record TrailStep(String activityId, String activityName, String assignee, Instant started, Instant ended) {
  public String getActivityId() { return activityId; }
  public String getActivityName() { return activityName; }
  public String getAssignee() { return assignee; }
  public Instant getStarted() { return started; }
  public Instant getEnded() { return ended; }
}
