package th.go.cdd.performance.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import th.go.cdd.performance.report.ReportStatus;

/** Issue 16: which inbox lines are marked overdue is decided in Java, by the report's status, not by the page. */
class InboxRowTest {
  private static InboxRow row(ReportStatus status, boolean overdueFlag) {
    return new InboxRow(1L, "นาย", "สมชาย", "ใจดี", "เชียงใหม่", "โครงการ", 1, LocalDate.of(2026, 11, 1), status, overdueFlag, null,
        Instant.EPOCH);
  }

  @Test
  void aWithdrawnReportIsNeverMarkedOverdueEvenIfItsTimerFlaggedIt() {
    assertThat(row(ReportStatus.WITHDRAWN, true).isOverdue()).isFalse();
  }

  @Test
  void aSignedReportIsNeverMarkedOverdue() {
    assertThat(row(ReportStatus.SIGNED, true).isOverdue()).isFalse();
  }

  @Test
  void anOpenReportPastItsDueDateIsMarkedOverdueWhateverStepItWaitsAt() {
    for (ReportStatus open : new ReportStatus[] {ReportStatus.DRAFT, ReportStatus.RETURNED, ReportStatus.WITH_DIRECTOR, ReportStatus.WITH_OFFICER}) {
      assertThat(row(open, true).isOverdue()).as(open.name()).isTrue();
      assertThat(row(open, false).isOverdue()).as(open.name()).isFalse();
    }
  }
}
