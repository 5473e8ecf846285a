package th.go.cdd.performance.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import th.go.cdd.performance.approval.ApprovalService;
import th.go.cdd.performance.approval.Decision;
import th.go.cdd.performance.monitoring.Dashboard;
import th.go.cdd.performance.monitoring.HolderRole;
import th.go.cdd.performance.monitoring.KpiRollup;
import th.go.cdd.performance.monitoring.KpiTotal;
import th.go.cdd.performance.monitoring.OverdueFilter;
import th.go.cdd.performance.monitoring.PersonScore;
import th.go.cdd.performance.monitoring.ProcessTrail;
import th.go.cdd.performance.monitoring.ProvinceProgress;
import th.go.cdd.performance.monitoring.ReportCounts;
import th.go.cdd.performance.monitoring.ReportLine;
import th.go.cdd.performance.monitoring.ReportLists;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.report.KpiInput;
import th.go.cdd.performance.report.KpiRow;
import th.go.cdd.performance.report.Report;
import th.go.cdd.performance.shared.BusinessException;

/**
 * The monitoring screens' services in the real container, against data made for them: one
 * province office with a report in every state, counted, listed, rolled up and drawn; and the
 * same questions asked by people outside the office's scope, who get nothing.
 */
@ExtendWith(ArquillianExtension.class)
class MonitoringIT {
  @Deployment
  static WebArchive deployment() {
    return Deployments.productWithFixture(MonitoringIT.class);
  }

  @EJB private ItFixture fixture;
  @EJB private th.go.cdd.performance.report.ReportEditor editor;
  @EJB private ApprovalService approvals;
  @EJB private Dashboard dashboard;
  @EJB private ReportLists lists;
  @EJB private KpiRollup rollup;
  @EJB private ProcessTrail trails;
  @Resource private UserTransaction utx;
  @PersistenceContext private EntityManager em;

  private static String prefix() {
    return "m" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** Every KPI 1-6 filled: KPI 3 = 25 products (level 2), KPI 2 = 62 of 80 households (level 5). */
  private void fill(String staff, long reportId) {
    for (int kpi = 1; kpi <= 6; kpi++) {
      BigDecimal base = kpi == 2 ? BigDecimal.valueOf(80) : null;
      BigDecimal figure = switch (kpi) {
        case 1, 5 -> BigDecimal.valueOf(5);
        case 2 -> BigDecimal.valueOf(62);
        default -> BigDecimal.valueOf(25);
      };
      editor.saveKpi(staff, reportId, new KpiInput(kpi, figure, base, null, List.of(new KpiRow("เป้าหมาย", "ผล"))));
    }
  }

  private int seen(long id) {
    return inTx(() -> em.find(Report.class, id).getSubmissionCount());
  }

  private long roundOf(long reportId) {
    return inTx(() -> em.find(Report.class, reportId).getRound().getId());
  }

  /** Test data: the report fell due some days ago. */
  private void dueDaysAgo(long reportId, int days) {
    inTx(() -> em.createQuery("update Report r set r.dueDate = :d where r.id = :id")
        .setParameter("d", LocalDate.now(th.go.cdd.performance.shared.ThaiDates.BANGKOK).minusDays(days))
        .setParameter("id", reportId).executeUpdate());
  }

  private <T> T inTx(Callable<T> work) {
    return Tx.inTx(utx, work);
  }

  /**
   * An office of 7 in one province, a report in each state: 0 untouched, 1 started draft, 2 with
   * the director, 3 with the officer, 4 returned, 5 signed, 6 untouched and 9 days overdue.
   */
  private ItFixture.Office officeInEveryState(String province) {
    ItFixture.Office o = fixture.createOffice(prefix(), province, 7);
    List<String> s = o.staff();
    List<Long> r = o.reports();
    editor.saveKpi(s.get(1), r.get(1), new KpiInput(3, BigDecimal.ONE, null, null, List.of()));
    for (int i = 2; i <= 5; i++) {
      fill(s.get(i), r.get(i));
      approvals.submit(s.get(i), r.get(i));
    }
    approvals.decide(o.director(), r.get(3), seen(r.get(3)), Decision.APPROVE, null);
    approvals.decide(o.director(), r.get(4), seen(r.get(4)), Decision.RETURN, "แก้ไขตัวชี้วัดที่ ๓");
    approvals.decide(o.director(), r.get(5), seen(r.get(5)), Decision.APPROVE, null);
    approvals.decide(o.officer(), r.get(5), seen(r.get(5)), Decision.SIGN, null);
    dueDaysAgo(r.get(6), 9);
    dueDaysAgo(r.get(2), 3);
    return o;
  }

  private static ProvinceProgress row(List<ProvinceProgress> rows, String code) {
    return rows.stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
  }

  @Test
  void theDashboardCountsEveryStateForTheAdministratorAndTheProvincesOfficer() {
    ItFixture.Office o = officeInEveryState("50");
    long round = roundOf(o.reports().get(0));

    List<ProvinceProgress> all = dashboard.progress(fixture.administrator(), round);
    assertThat(all).hasSize(76).extracting(ProvinceProgress::cohort).containsOnly(1, 2);
    ReportCounts c = row(all, "50").counts();
    assertThat(c).isEqualTo(new ReportCounts(7, 1, 1, 1, 1, 1, 2));
    assertThat(c.notStarted()).isEqualTo(2);
    assertThat(c.signedPercent()).isEqualTo(14.3);
    assertThat(row(all, "51").counts().staff()).as("no staff of this program elsewhere").isZero();
    assertThat(Dashboard.total(all)).isEqualTo(c);

    List<ProvinceProgress> officers = dashboard.progress(o.officer(), round);
    assertThat(officers).extracting(ProvinceProgress::code).containsExactly("50");
    assertThat(officers.get(0).counts()).isEqualTo(c);
  }

  @Test
  void aStaffMemberWhoLeftBeforeTheRoundIsNotCounted() {
    ItFixture.Office o = fixture.createOffice(prefix(), "52", 3);
    long round = roundOf(o.reports().get(0));
    inTx(() -> {
      Person leaver = em.createNamedQuery("Person.findByUsername", Person.class).setParameter("username", o.staff().get(2)).getSingleResult();
      leaver.endParticipation(leaver.getContractStart().minusDays(1));
      return null;
    });
    assertThat(row(dashboard.progress(o.officer(), round), "52").counts().staff()).isEqualTo(2);
  }

  @Test
  void theProvinceListAndTheOverdueListNameWhoHoldsEachReport() {
    ItFixture.Office o = officeInEveryState("53");
    long round = roundOf(o.reports().get(0));
    String admin = fixture.administrator();

    List<ReportLine> province = lists.province(admin, round, "53");
    assertThat(province).hasSize(7);
    assertThat(province).extracting(ReportLine::getState)
        .containsExactlyInAnyOrder("NOT_STARTED", "DRAFT", "WITH_DIRECTOR", "WITH_OFFICER", "RETURNED", "SIGNED", "NOT_STARTED");

    long programId = inTx(() -> em.find(Report.class, o.reports().get(0)).getRound().getProgram().getId());
    OverdueFilter filter = new OverdueFilter(programId, 1, null, null, null);
    List<ReportLine> late = lists.overdue(admin, filter, 0, 50, "daysLate", false);
    assertThat(lists.overdueCount(admin, filter)).isEqualTo(2);
    assertThat(late).extracting(ReportLine::daysLate).containsExactly(9L, 3L);
    assertThat(late.get(0).holder().role()).isEqualTo(HolderRole.STAFF);
    assertThat(late.get(0).holder().names()).contains("พนักงาน7");
    assertThat(late.get(1).holder().role()).isEqualTo(HolderRole.DIRECTOR);
    assertThat(late.get(1).holder().names()).contains("ผู้อำนวยการ");

    assertThat(lists.overdue(admin, new OverdueFilter(programId, 1, null, HolderRole.DIRECTOR, null), 0, 50, null, true))
        .hasSize(1);
    assertThat(lists.overdue(o.director(), filter, 0, 50, "daysLate", false)).as("the group's director sees the group").hasSize(2);
  }

  @Test
  void someoneOutsideTheProvinceGetsNothing() {
    ItFixture.Office o = officeInEveryState("54");
    ItFixture.Office other = fixture.createOffice(prefix(), "55", 1);
    long round = roundOf(o.reports().get(0));
    long programId = inTx(() -> em.find(Report.class, o.reports().get(0)).getRound().getProgram().getId());

    assertThat(dashboard.progress(other.officer(), round)).extracting(ProvinceProgress::code).containsExactly("55");
    assertThat(row(dashboard.progress(other.officer(), round), "55").counts().staff()).isZero();
    assertThatThrownBy(() -> lists.province(other.officer(), round, "54")).isInstanceOf(BusinessException.class);
    assertThatThrownBy(() -> lists.province(other.director(), round, "54")).isInstanceOf(BusinessException.class);
    assertThatThrownBy(() -> lists.overdue(other.officer(), new OverdueFilter(programId, null, "54", null, null), 0, 20, null, true))
        .isInstanceOf(BusinessException.class);
    assertThat(lists.overdueCount(other.officer(), new OverdueFilter(programId, null, null, null, null))).isZero();
    assertThat(rollup.national(other.officer(), new KpiRollup.Window(round, true, false)))
        .allSatisfy(k -> assertThat(k.reported()).isZero());
    assertThatThrownBy(() -> dashboard.progress(o.staff().get(0), round)).as("staff watch nothing").isInstanceOf(BusinessException.class);
    assertThatThrownBy(() -> trails.of(other.officer(), o.reports().get(2))).isInstanceOf(BusinessException.class);
    assertThatThrownBy(() -> trails.of(o.staff().get(0), o.reports().get(2))).isInstanceOf(BusinessException.class);
  }

  @Test
  void theRollupSumsSubmittedReportsAgainstTheTargets() {
    ItFixture.Office o = officeInEveryState("56");
    long round = roundOf(o.reports().get(0));
    // submitted: with director, with officer, signed (the returned one is back with its author)
    List<KpiTotal> totals = rollup.national(o.officer(), new KpiRollup.Window(round, false, false));
    KpiTotal kpi3 = totals.stream().filter(k -> k.number() == 3).findFirst().orElseThrow();
    assertThat(kpi3.reported()).isEqualTo(3);
    assertThat(kpi3.result()).isEqualByComparingTo("75");
    assertThat(kpi3.headcountTarget()).isEqualByComparingTo("150");
    assertThat(kpi3.getTargetPercent()).isEqualByComparingTo("50.0");
    assertThat(kpi3.nationalTotal()).isEqualTo(15200);
    assertThat(kpi3.levels()).containsExactly(0, 0, 3, 0, 0, 0);
    KpiTotal kpi2 = totals.stream().filter(k -> k.number() == 2).findFirst().orElseThrow();
    assertThat(kpi2.result()).isEqualByComparingTo("77.5");
    KpiTotal kpi1 = totals.stream().filter(k -> k.number() == 1).findFirst().orElseThrow();
    assertThat(kpi1.result()).as("reports at level 5").isEqualByComparingTo("3");

    KpiTotal signedOnly = rollup.national(o.officer(), new KpiRollup.Window(round, true, true)).stream()
        .filter(k -> k.number() == 3).findFirst().orElseThrow();
    assertThat(signedOnly.result()).isEqualByComparingTo("25");

    assertThat(rollup.byProvince(o.officer(), new KpiRollup.Window(round, false, false), 3))
        .singleElement().satisfies(p -> assertThat(p.result()).isEqualByComparingTo("75"));
    List<PersonScore> scores = rollup.scores(o.officer(), new KpiRollup.Window(round, true, false), null, 0, 50);
    assertThat(scores).hasSize(3);
    assertThat(rollup.scoreCount(o.officer(), new KpiRollup.Window(round, true, false), null)).isEqualTo(3);
    // equal weights over KPIs 1-6 (7 is free-form and left empty): levels 5,5,2,5,5,5 -> 27/6 = 4.50
    assertThat(scores).allSatisfy(s -> assertThat(s.roundScore()).isEqualByComparingTo("4.50"));
  }

  @Test
  void theTrailShowsWhereTheReportStandsOnTheDiagram() {
    ItFixture.Office o = officeInEveryState("57");
    ProcessTrail.Trail withDirector = trails.of(o.officer(), o.reports().get(2));
    assertThat(trails.model(withDirector.definitionId())).contains("id=\"roundReport\"").contains("bpmndi:BPMNDiagram");
    assertThat(trails.model("roundReport:999:none")).as("an id that is not deployed").isNull();
    assertThat(withDirector.active()).contains("directorReview");
    assertThat(withDirector.passed()).contains("roundOpens", "openReport", "fillReport");
    assertThat(withDirector.steps()).extracting(s -> s.activityId()).contains("fillReport", "directorReview");

    ProcessTrail.Trail signed = trails.of(fixture.administrator(), o.reports().get(5));
    assertThat(signed.active()).isEmpty();
    assertThat(signed.passed()).contains("officerReview", "reportSigned");
  }
}
