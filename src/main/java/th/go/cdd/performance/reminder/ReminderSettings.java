package th.go.cdd.performance.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The reminder and outbox settings, from MicroProfile Config ({@code microprofile-config.properties},
 * overridable by system properties or environment variables such as {@code CDD_REMINDER_DAYSBEFORE}).
 */
@ApplicationScoped
public class ReminderSettings {
  @Inject
  @ConfigProperty(name = "cdd.reminder.daysBefore", defaultValue = "3")
  int daysBefore;

  @Inject
  @ConfigProperty(name = "cdd.reminder.escalationEveryDays", defaultValue = "2")
  int escalationEveryDays;

  /** The hour of the day (Bangkok) reminders go out. */
  @Inject
  @ConfigProperty(name = "cdd.reminder.sendAt", defaultValue = "08:00")
  String sendAt;

  @Inject
  @ConfigProperty(name = "cdd.outbox.maxAttempts", defaultValue = "5")
  int maxAttempts;

  /** Wait after the first failed attempt; doubled after each further one. */
  @Inject
  @ConfigProperty(name = "cdd.outbox.retryAfterMinutes", defaultValue = "5")
  int retryAfterMinutes;

  /** Links in e-mails point here. */
  @Inject
  @ConfigProperty(name = "cdd.publicUrl", defaultValue = "http://localhost:8080")
  String publicUrl;

  public int daysBefore() {
    return daysBefore;
  }

  public int escalationEveryDays() {
    return escalationEveryDays;
  }

  public LocalTime sendAt() {
    return LocalTime.parse(sendAt);
  }

  public int maxAttempts() {
    return maxAttempts;
  }

  /** Exponential backoff: the wait after the given number of failed attempts (1, 2, ...). */
  public Duration backoffAfter(int failedAttempts) {
    int doublings = Math.min(Math.max(failedAttempts - 1, 0), 10);
    return Duration.ofMinutes((long) retryAfterMinutes << doublings);
  }

  public String publicUrl() {
    return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
  }
}
