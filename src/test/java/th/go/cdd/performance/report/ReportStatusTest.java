package th.go.cdd.performance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The one definition of an open report (issue 16: it was written out in five places). */
class ReportStatusTest {
  @Test
  void aReportIsOpenUntilItIsSignedOrWithdrawn() {
    assertThat(ReportStatus.OPEN).containsExactlyInAnyOrder(ReportStatus.DRAFT, ReportStatus.WITH_DIRECTOR, ReportStatus.WITH_OFFICER,
        ReportStatus.RETURNED);
    assertThat(ReportStatus.SIGNED.isOpen()).isFalse();
    assertThat(ReportStatus.WITHDRAWN.isOpen()).isFalse();
    assertThat(ReportStatus.RETURNED.isOpen()).isTrue();
  }

  @Test
  void theOpenSetCannotBeChangedByACaller() {
    assertThatThrownBy(() -> ReportStatus.OPEN.remove(ReportStatus.DRAFT)).isInstanceOf(UnsupportedOperationException.class);
  }
}
