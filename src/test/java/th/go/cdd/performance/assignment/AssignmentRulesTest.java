package th.go.cdd.performance.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.people.Role;
import th.go.cdd.performance.program.Program;
import th.go.cdd.performance.access.AccessPolicy;
import th.go.cdd.performance.shared.BusinessException;

class AssignmentRulesTest {
  private final AssignedKpiFixture f = new AssignedKpiFixture();

  @Test
  void definitionsAreTakenUntilTheDayBeforeTheRoundStartsAndRefusedFromItsFirstDay() {
    LocalDate start = f.round.getPeriodStart();
    assertThatCode(() -> AssignmentRules.requireBeforeStart(f.round, start.minusDays(1))).doesNotThrowAnyException();
    assertThatThrownBy(() -> AssignmentRules.requireBeforeStart(f.round, start)).isInstanceOf(BusinessException.class)
        .hasMessage("assigned.roundStarted");
    assertThatThrownBy(() -> AssignmentRules.requireBeforeStart(f.round, start.plusMonths(1))).hasMessage("assigned.roundStarted");
  }

  @Test
  void theSlotIsTheFrameworksFreeFormKpiAndNumbersRunFromItToThreeMore() {
    assertThat(AssignmentRules.slotOf(f.program)).isSameAs(f.kpi7);
    assertThatCode(() -> AssignmentRules.requireNumber(f.kpi7, 7)).doesNotThrowAnyException();
    assertThatCode(() -> AssignmentRules.requireNumber(f.kpi7, 10)).doesNotThrowAnyException();
    assertThatThrownBy(() -> AssignmentRules.requireNumber(f.kpi7, 6)).hasMessage("assigned.numberRange");
    assertThatThrownBy(() -> AssignmentRules.requireNumber(f.kpi7, 11)).hasMessage("assigned.numberRange");
    assertThatThrownBy(() -> AssignmentRules.slotOf(new Program("X", "x", "x"))).hasMessage("assigned.noSlot");
  }

  @Test
  void aDefinitionNeedsATitleAndFiveLevelDescriptions() {
    assertThatThrownBy(() -> AssignmentRules.check(AssignedKpiFixture.text("  "))).hasMessage("assigned.titleRequired");
    AssignedKpiText fourLevels = new AssignedKpiText("งาน", null, null, null, List.of("1", "2", "3", "4", " "), null);
    assertThatThrownBy(() -> AssignmentRules.check(fourLevels)).hasMessage("assigned.levelRequired");
    AssignedKpiText ok = AssignmentRules.check(new AssignedKpiText(" งาน\u0000 ", " ", null, null, List.of("1", "2", "3", "4", "5"), null));
    assertThat(ok.titleTh()).isEqualTo("งาน");
    assertThat(ok.titleEn()).isNull();
  }

  @Test
  void thresholdsAreAllOrNoneWholeAndRisingWithTheLevel() {
    BigDecimal one = BigDecimal.ONE;
    assertThatThrownBy(() -> AssignmentRules.check(new AssignedKpiText("งาน", null, null, null, List.of("1", "2", "3", "4", "5"),
        java.util.Arrays.asList(one, null, null, null, null)))).hasMessage("assigned.thresholdsAllOrNone");
    assertThatThrownBy(() -> AssignmentRules.check(AssignedKpiFixture.text("งาน", n(1), n(2), n(2), n(3), n(4))))
        .hasMessage("assigned.thresholdsRising");
    assertThatThrownBy(() -> AssignmentRules.check(AssignedKpiFixture.text("งาน", n(1), n(2), new BigDecimal("2.5"), n(3), n(4))))
        .hasMessage("assigned.thresholdsWhole");
    assertThat(AssignmentRules.check(AssignedKpiFixture.text("งาน", n(1), n(2), n(3), n(4), n(5))).thresholds()).containsExactly(
        n(1), n(2), n(3), n(4), n(5));
  }

  @Test
  void withThresholdsTheLevelIsComputedOtherwiseChosen() {
    assertThat(f.assigned(null, 8, "ประชุม", n(1), n(2), n(4), n(6), n(8)).scale().levelOf(n(5))).isEqualTo(3);
    assertThat(f.assigned(null, 8, "ประชุม").isComputed()).isFalse();
  }

  @Test
  void aPersonsDefinitionOverridesTheProvincesForTheSameNumberOnly() {
    Person staff = f.person("s1", Role.STAFF, f.chiangMai, f.group1);
    AssignedKpi province8 = f.assigned(null, 8, "จังหวัด ๘");
    AssignedKpi province9 = f.assigned(null, 9, "จังหวัด ๙");
    AssignedKpi own8 = f.assigned(staff, 8, "ส่วนตัว ๘");
    AssignedKpi own10 = f.assigned(staff, 10, "ส่วนตัว ๑๐");
    assertThat(AssignedKpi.effective(List.of(province9, province8), List.of(own10, own8))).containsExactly(own8, province9, own10);
    assertThat(AssignedKpi.effective(List.of(province8), List.of())).containsExactly(province8);
  }

  @Test
  void anOfficerAssignsForTheirOwnProvinceOnlyAndNotToOnePerson() {
    Person officer = f.person("o1", Role.OFFICER, f.chiangMai, null);
    Person otherOfficer = f.person("o2", Role.OFFICER, f.lamphun, null);
    Person staff = f.person("s1", Role.STAFF, f.chiangMai, f.group1);
    assertThat(AccessPolicy.mayAssignKpis(officer, f.chiangMai, null, List.of())).isTrue();
    assertThat(AccessPolicy.mayAssignKpis(otherOfficer, f.chiangMai, null, List.of())).isFalse();
    assertThat(AccessPolicy.mayAssignKpis(officer, f.chiangMai, staff, List.of())).as("one person is their director's").isFalse();
  }

  @Test
  void aDirectorAssignsToStaffOfTheirGroupOnlyAndNotToTheProvince() {
    Person director = f.person("d1", Role.DIRECTOR, f.chiangMai, f.group1);
    Person ownStaff = f.person("s1", Role.STAFF, f.chiangMai, f.group1);
    Person otherGroup = f.person("s2", Role.STAFF, f.chiangMai, f.group2);
    assertThat(AccessPolicy.mayAssignKpis(director, f.chiangMai, ownStaff, List.of())).isTrue();
    assertThat(AccessPolicy.mayAssignKpis(director, f.chiangMai, otherGroup, List.of())).isFalse();
    assertThat(AccessPolicy.mayAssignKpis(director, f.chiangMai, null, List.of())).isFalse();
    Person otherDirector = f.person("d2", Role.DIRECTOR, f.chiangMai, f.group2);
    assertThat(AccessPolicy.mayAssignKpis(otherDirector, f.chiangMai, otherGroup, List.of(director)))
        .as("a substitute keeps their own rights").isTrue();
    assertThat(AccessPolicy.mayAssignKpis(otherDirector, f.chiangMai, ownStaff, List.of(director)))
        .as("and gains their principal's").isTrue();
  }

  @Test
  void staffAndAdministratorsDoNotAssign() {
    Person staff = f.person("s1", Role.STAFF, f.chiangMai, f.group1);
    Person admin = f.person("a1", Role.ADMIN, f.chiangMai, null);
    assertThat(AccessPolicy.mayAssignKpis(staff, f.chiangMai, staff, List.of())).isFalse();
    assertThat(AccessPolicy.mayAssignKpis(staff, f.chiangMai, null, List.of())).isFalse();
    assertThat(AccessPolicy.mayAssignKpis(admin, f.chiangMai, null, List.of())).isFalse();
    assertThatThrownBy(() -> AccessPolicy.requireAssignKpis(staff, f.chiangMai, null, List.of())).hasMessage("access.denied");
  }

  private static BigDecimal n(int i) {
    return BigDecimal.valueOf(i);
  }
}
