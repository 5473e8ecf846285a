package th.go.cdd.performance.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.go.cdd.performance.report.ReportStatus;

class MonitoringRulesTest {
  @Test
  void theRegionComesFromTheProvinceCodesFirstDigit() {
    assertThat(Region.ofProvinceCode("50")).isEqualTo(Region.NORTH);
    assertThat(Region.ofProvinceCode("40")).isEqualTo(Region.NORTHEAST);
    assertThat(Region.ofProvinceCode("90")).isEqualTo(Region.SOUTH);
    assertThat(Region.ofProvinceCode("21")).isEqualTo(Region.EAST);
    assertThat(Region.ofProvinceCode("71")).isEqualTo(Region.WEST);
    assertThat(Region.ofProvinceCode("15")).isEqualTo(Region.CENTRAL);
    assertThatThrownBy(() -> Region.ofProvinceCode("x1")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Region.ofProvinceCode("05")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theHolderIsTheStaffMemberWhileTheyWorkTheStepsApproverThenNobody() {
    assertThat(HolderRole.at(ReportStatus.DRAFT)).isEqualTo(HolderRole.STAFF);
    assertThat(HolderRole.at(ReportStatus.RETURNED)).isEqualTo(HolderRole.STAFF);
    assertThat(HolderRole.at(ReportStatus.WITH_DIRECTOR)).isEqualTo(HolderRole.DIRECTOR);
    assertThat(HolderRole.at(ReportStatus.WITH_OFFICER)).isEqualTo(HolderRole.OFFICER);
    assertThat(HolderRole.at(ReportStatus.SIGNED)).isEqualTo(HolderRole.NONE);
    assertThat(HolderRole.at(ReportStatus.WITHDRAWN)).isEqualTo(HolderRole.NONE);
    assertThat(HolderRole.at(null)).as("not started").isEqualTo(HolderRole.NONE);
    for (ReportStatus s : ReportStatus.values()) {
      assertThat(HolderRole.at(s) != HolderRole.NONE).as("someone holds exactly the open reports: " + s).isEqualTo(s.isOpen());
    }
  }

  @Test
  void notStartedIsTheStaffLeftAfterEveryReportThatMoved() {
    ReportCounts c = new ReportCounts(10, 2, 1, 1, 1, 3, 4);
    assertThat(c.notStarted()).isEqualTo(2);
    assertThat(c.signedPercent()).isEqualTo(30.0);
    assertThat(ReportCounts.NONE.signedPercent()).isZero();
    assertThat(c.plus(c).staff()).isEqualTo(20);
  }

  @Test
  void daysLateCountFromTheDayAfterTheDueDateAndNeverForSignedReports() {
    LocalDate due = LocalDate.of(2021, 11, 15);
    assertThat(ReportLists.daysLate(ReportStatus.DRAFT, due, due)).isZero();
    assertThat(ReportLists.daysLate(ReportStatus.WITH_OFFICER, due, due.plusDays(4))).isEqualTo(4);
    assertThat(ReportLists.daysLate(ReportStatus.SIGNED, due, due.plusDays(4))).isZero();
    assertThat(ReportLists.daysLate(ReportStatus.WITHDRAWN, due, due.plusDays(4))).isZero();
  }

  @Test
  void theScopeNarrowsEveryQueryToTheProvinceAndGroup() {
    Map<String, Object> params = new HashMap<>();
    assertThat(MonitoringScope.COUNTRY.condition(params)).isEqualTo("1 = 1");
    assertThat(params).isEmpty();
    MonitoringScope director = new MonitoringScope("50", 7L);
    assertThat(director.condition(params)).contains("s.province.code = :scopeProvince").contains("s.workGroup.id = :scopeGroup");
    assertThat(params).containsEntry("scopeProvince", "50").containsEntry("scopeGroup", 7L);
    assertThat(director.covers("51")).isFalse();
    assertThatThrownBy(() -> director.requireProvince("51")).hasMessageContaining("access.denied");
  }
}
