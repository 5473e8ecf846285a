package th.go.cdd.performance.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.people.Role;
import th.go.cdd.performance.program.Program;
import th.go.cdd.performance.program.ReportingRound;
import th.go.cdd.performance.report.Report;
import th.go.cdd.performance.report.ReportStatus;
import th.go.cdd.performance.shared.BusinessException;

class ReminderMessageTest {
  private static final Instant NOW = Instant.parse("2026-11-20T01:00:00Z");

  private static ReminderMessage message(String email, String holder) {
    Person staff = new Person("s1", "x", Role.STAFF, "นาย", "ทดสอบ", "หนึ่ง");
    ReportingRound round = new Program("p", "โครงการ", "Program").addRound(1, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 15),
        LocalDate.of(2026, 11, 15));
    Report report = new Report(staff, round, LocalDate.of(2026, 11, 15), "pi", List.of(), NOW);
    return new ReminderMessage(report, "d1", email, ReportStatus.DRAFT, ReminderKind.ESCALATION, LocalDate.of(2026, 11, 17), holder, null, NOW);
  }

  @Test
  void aNewMessageIsDueAtOnceAndSentOnce() {
    ReminderMessage m = message("d1@example.org", null);
    assertThat(m.isToHolder()).isTrue();
    assertThat(m.isDue(NOW)).isTrue();
    m.delivered(NOW);
    assertThat(m.getStatus()).isEqualTo(DeliveryStatus.SENT);
    assertThat(m.getAttempts()).isEqualTo(1);
    assertThat(m.isDue(NOW.plusSeconds(3600))).isFalse();
    assertThatThrownBy(() -> m.retryNow(NOW, null)).isInstanceOf(BusinessException.class).hasMessage("outbox.alreadySent");
  }

  @Test
  void failedAttemptsWaitThenFailForGoodAndTheAdministratorCanRetry() {
    ReminderMessage m = message("d1@example.org", "s1");
    assertThat(m.isToHolder()).as("to the holder's superior").isFalse();
    m.attemptFailed("refused", NOW, 3, Duration.ofMinutes(5));
    assertThat(m.getStatus()).isEqualTo(DeliveryStatus.PENDING);
    assertThat(m.isDue(NOW.plusSeconds(60))).isFalse();
    assertThat(m.isDue(NOW.plusSeconds(300))).isTrue();
    m.attemptFailed("refused", NOW, 3, Duration.ofMinutes(10));
    m.attemptFailed("x".repeat(5000), NOW, 3, Duration.ofMinutes(20));
    assertThat(m.getStatus()).isEqualTo(DeliveryStatus.FAILED);
    assertThat(m.getAttempts()).isEqualTo(3);
    assertThat(m.getLastError()).hasSize(ReminderMessage.MAX_ERROR);
    assertThat(m.isDue(NOW.plusSeconds(86_400))).isFalse();

    m.retryNow(NOW, "new@example.org");
    assertThat(m.getStatus()).isEqualTo(DeliveryStatus.PENDING);
    assertThat(m.getRecipientEmail()).isEqualTo("new@example.org");
    assertThat(m.isDue(NOW)).isTrue();
  }

  @Test
  void theBackoffDoublesAfterEachFailure() {
    ReminderSettings s = new ReminderSettings();
    s.retryAfterMinutes = 5;
    assertThat(s.backoffAfter(1)).isEqualTo(Duration.ofMinutes(5));
    assertThat(s.backoffAfter(2)).isEqualTo(Duration.ofMinutes(10));
    assertThat(s.backoffAfter(4)).isEqualTo(Duration.ofMinutes(40));
  }
}
