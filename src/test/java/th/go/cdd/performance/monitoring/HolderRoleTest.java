package th.go.cdd.performance.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import th.go.cdd.performance.report.ReportStatus;

/** The overdue list's holder filter takes its statuses from the step model, the same the column shows. */
class HolderRoleTest {
  @Test
  void eachHolderFiltersTheStatusesItHolds() {
    assertThat(HolderRole.STAFF.statuses()).containsExactlyInAnyOrder(ReportStatus.DRAFT, ReportStatus.RETURNED);
    assertThat(HolderRole.DIRECTOR.statuses()).containsExactly(ReportStatus.WITH_DIRECTOR);
    assertThat(HolderRole.OFFICER.statuses()).containsExactly(ReportStatus.WITH_OFFICER);
    assertThat(HolderRole.NONE.statuses()).isEmpty();
  }

  @Test
  void theFilterAndTheColumnAgreeForEveryStatus() {
    for (ReportStatus s : ReportStatus.values()) {
      assertThat(HolderRole.at(s).statuses().contains(s)).as(s.name()).isEqualTo(s.isOpen());
    }
  }
}
