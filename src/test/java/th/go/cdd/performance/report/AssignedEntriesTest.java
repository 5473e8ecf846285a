package th.go.cdd.performance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.go.cdd.performance.assignment.AssignedKpi;
import th.go.cdd.performance.assignment.AssignedKpiFixture;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.people.Role;
import th.go.cdd.performance.program.KpiKind;

/** A report's entries for KPIs 7–10 assigned by supervisors: place, weight, scoring, canonical form. */
class AssignedEntriesTest {
  private final AssignedKpiFixture f = new AssignedKpiFixture();
  private final Person staff = f.person("s1", Role.STAFF, f.chiangMai, f.group1);

  private Report report(List<AssignedKpi> assigned) {
    return new Report(staff, f.round, f.round.getDueDate(), null, f.program.getKpis(), f.kpi7, assigned, Instant.EPOCH);
  }

  @Test
  void withoutAssignmentsTheBlankKpi7Stays() {
    Report r = report(List.of());
    assertThat(r.getEntries()).extracting(KpiEntry::getNumber).containsExactly(3, 7);
    assertThat(r.entryFor(7).orElseThrow().isAssigned()).isFalse();
    assertThat(r.entryFor(7).orElseThrow().getWeightShare()).isNull();
  }

  @Test
  void assignedKpisTakeTheSlotAndShareItsWeightEqually() {
    Report r = report(List.of(f.assigned(null, 8, "ประชุมหมู่บ้าน"), f.assigned(staff, 9, "สำรวจข้อมูล")));
    assertThat(r.getEntries()).extracting(KpiEntry::getNumber).containsExactly(3, 8, 9);
    KpiEntry e8 = r.entryFor(8).orElseThrow();
    assertThat(e8.getTitleTh()).isEqualTo("ประชุมหมู่บ้าน");
    assertThat(e8.getKpi()).as("keeps the slot's area and weight").isSameAs(f.kpi7);
    assertThat(e8.getWeightShare()).isEqualByComparingTo("0.5");
    assertThat(r.entryFor(3).orElseThrow().getWeightShare()).isNull();
  }

  @Test
  void anAssignedKpiWithThresholdsIsScoredAsACountAndOneWithoutIsChosen() {
    Report r = report(List.of(f.assigned(null, 7, "อบรม", n(1), n(2), n(3), n(4), n(5)), f.assigned(null, 8, "ประชุม")));
    KpiEntry counted = r.entryFor(7).orElseThrow();
    assertThat(counted.getKind()).isEqualTo(KpiKind.COUNT);
    assertThat(KpiScore.of(counted.measure(), n(4), null, null).level()).isEqualTo(4);
    assertThat(KpiScore.of(counted.measure(), n(0), null, null).level()).isZero();
    assertThatThrownBy(() -> KpiScore.of(counted.measure(), n(-1), null, null)).hasMessage("kpi.negative");
    KpiEntry chosen = r.entryFor(8).orElseThrow();
    assertThat(chosen.getKind()).isEqualTo(KpiKind.FREE_FORM);
    assertThat(KpiScore.of(chosen.measure(), null, null, 3).level()).isEqualTo(3);
    assertThatThrownBy(() -> KpiScore.of(chosen.measure(), null, null, 6)).hasMessage("kpi.levelRange");
  }

  @Test
  void theCanonicalFormCoversWhatTheSupervisorAsked() {
    AssignedKpi a = f.assigned(null, 8, "ประชุมหมู่บ้าน");
    Report r = report(List.of(a));
    String before = CanonicalForm.of(r, 1, List.of());
    assertThat(before).contains("kpi.8.title=ประชุมหมู่บ้าน").contains("kpi.8.assigned=province 50").contains("kpi.8.level.5.description=ห้า");
    a.define(AssignedKpiFixture.text("ประชุมตำบล"), "officer", Instant.EPOCH);
    assertThat(CanonicalForm.of(r, 1, List.of())).isNotEqualTo(before);
  }

  @Test
  void aReportWithoutAssignmentsHasTheSameCanonicalFormAsBefore() {
    Report plain = new Report(staff, f.round, f.round.getDueDate(), null, f.program.getKpis(), Instant.EPOCH);
    assertThat(CanonicalForm.of(report(List.of()), 1, List.of())).isEqualTo(CanonicalForm.of(plain, 1, List.of()))
        .doesNotContain(".assigned=");
  }

  @Test
  void aDraftFollowsTheAssignmentsKeepingWhatWasFilledAndGivesTheSlotBackWhenNoneRemain() {
    AssignedKpi a8 = f.assigned(null, 8, "ประชุม");
    Report r = report(List.of(a8));
    r.record(8, null, null, 4, List.of(new KpiRow("เป้า", "ผล")), Instant.EPOCH);
    AssignedKpi a9 = f.assigned(staff, 9, "สำรวจ");
    assertThat(r.reassign(f.kpi7, List.of(a8, a9))).isEmpty();
    assertThat(r.entryFor(8).orElseThrow().getLevel()).isEqualTo(4);
    assertThat(r.entryFor(9).orElseThrow().getWeightShare()).isEqualByComparingTo("0.5");
    assertThat(r.entryFor(8).orElseThrow().getWeightShare()).isEqualByComparingTo("0.5");
    List<KpiEntry> removed = r.reassign(f.kpi7, List.of());
    assertThat(removed).extracting(KpiEntry::getNumber).containsExactlyInAnyOrder(8, 9);
    assertThat(r.getEntries()).extracting(KpiEntry::getNumber).containsExactly(3, 7);
  }

  @Test
  void aSubmittedReportIsNotRealigned() {
    Report r = report(List.of());
    r.awaitApprover(ReportStatus.WITH_DIRECTOR, "director:50:g1");
    assertThatThrownBy(() -> r.reassign(f.kpi7, List.of(f.assigned(null, 8, "ประชุม")))).hasMessage("assigned.reportSubmitted");
  }

  private static BigDecimal n(int i) {
    return BigDecimal.valueOf(i);
  }
}
