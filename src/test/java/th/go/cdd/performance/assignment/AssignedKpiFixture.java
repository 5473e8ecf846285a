package th.go.cdd.performance.assignment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.people.Role;
import th.go.cdd.performance.people.WorkGroup;
import th.go.cdd.performance.program.KpiDefinition;
import th.go.cdd.performance.program.KpiKind;
import th.go.cdd.performance.program.KpiLevel;
import th.go.cdd.performance.program.Program;
import th.go.cdd.performance.program.Province;
import th.go.cdd.performance.program.ReportingRound;

/** A small program in memory: KPI 3 (a count) and the blank free-form KPI 7, one round, people in province 50. */
public final class AssignedKpiFixture {
  public final Program program = new Program("T", "ทดสอบ", "Test");
  public final ReportingRound round = program.addRound(2, LocalDate.of(2021, 11, 16), LocalDate.of(2022, 2, 15), LocalDate.of(2022, 2, 15));
  public final KpiDefinition kpi3 = new KpiDefinition(program, 3, KpiKind.COUNT, "area 2", "สินค้า", "products");
  public final KpiDefinition kpi7 = new KpiDefinition(program, 7, KpiKind.FREE_FORM, "area 4", "งานอื่นที่ได้รับมอบหมาย", "other work");
  public final Province chiangMai = new Province("50", "เชียงใหม่", "Chiang Mai");
  public final Province lamphun = new Province("51", "ลำพูน", "Lamphun");
  public final WorkGroup group1 = new WorkGroup(chiangMai, "g1", "กลุ่ม ๑");
  public final WorkGroup group2 = new WorkGroup(chiangMai, "g2", "กลุ่ม ๒");

  public AssignedKpiFixture() {
    List<KpiLevel> count = new ArrayList<>();
    List<KpiLevel> free = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      count.add(new KpiLevel(i, "ระดับ " + i, null, BigDecimal.valueOf(i), null));
      free.add(new KpiLevel(i, "ระดับ " + i, null, null, null));
    }
    kpi3.defineLevels(count);
    kpi7.defineLevels(free);
    kpi3.describe("ชิ้น", null, BigDecimal.ONE, null);
    kpi7.describe(null, null, BigDecimal.ONE, null);
    program.addKpi(kpi3);
    program.addKpi(kpi7);
  }

  public Person person(String username, Role role, Province province, WorkGroup group) {
    Person p = new Person(username, "hash", role, "นาย", username, "ทดสอบ");
    p.placeIn(province, group, "นักพัฒนาชุมชน");
    return p;
  }

  public static AssignedKpiText text(String title, BigDecimal... thresholds) {
    List<String> levels = List.of("หนึ่ง", "สอง", "สาม", "สี่", "ห้า");
    List<BigDecimal> t = thresholds.length == 0 ? Collections.nCopies(5, null) : List.of(thresholds);
    return new AssignedKpiText(title, null, "ครั้ง", "รายงานการประชุม", levels, t);
  }

  public AssignedKpi assigned(Person staff, int number, String title, BigDecimal... thresholds) {
    AssignedKpi a = new AssignedKpi(round, chiangMai, staff, number);
    a.define(AssignmentRules.check(text(title, thresholds)), "officer", java.time.Instant.EPOCH);
    return a;
  }
}
