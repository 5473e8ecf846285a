package th.go.cdd.performance.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import th.go.cdd.performance.report.KpiInput;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.HistoryService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import th.go.cdd.performance.audit.AuditAction;
import th.go.cdd.performance.audit.AuditFilter;
import th.go.cdd.performance.audit.AuditLog;
import th.go.cdd.performance.program.Cohort;
import th.go.cdd.performance.program.KpiChange;
import th.go.cdd.performance.program.KpiDefinition;
import th.go.cdd.performance.program.Program;
import th.go.cdd.performance.program.ProgramProblem;
import th.go.cdd.performance.program.ProgramRefused;
import th.go.cdd.performance.administration.ProgramSetup;
import th.go.cdd.performance.program.ProgramStatus;
import th.go.cdd.performance.program.Province;
import th.go.cdd.performance.program.ReportingRound;
import th.go.cdd.performance.roster.RosterImport;
import th.go.cdd.performance.roster.RosterOutcome;
import th.go.cdd.performance.shared.BusinessException;
import th.go.cdd.performance.workflow.ProgramStart;

/**
 * Program set-up in the container on H2: a copy for next year is an independent draft with the
 * dates a year later and the same content; invalid edits are refused with their problems and change
 * nothing; a roster imported into a draft enrols nobody, and starting it enrols every staff member
 * once however often it is started; only administrators may set up a program.
 */
@ExtendWith(ArquillianExtension.class)
class ProgramSetupIT {
  static final String HEADER = "คำนำหน้า,ชื่อ,นามสกุล,เลขประจำตัว,ตำแหน่ง,รหัสกลุ่มงาน,กลุ่มงาน,รหัสจังหวัด,บทบาท,อีเมล,โทรศัพท์,รุ่น,มีผลตั้งแต่\n";

  @Deployment
  static WebArchive deployment() {
    return Deployments.productWithFixture(ProgramSetupIT.class);
  }

  @EJB private ItFixture fixture;
  @EJB private ProgramSetup setup;
  @EJB private th.go.cdd.performance.report.ReportEditor editor;
  @EJB private ProgramStart starter;
  @EJB private RosterImport roster;
  @EJB private AuditLog audit;
  @Inject private HistoryService history;
  @PersistenceContext private EntityManager em;
  @Resource private UserTransaction utx;
  @Resource private ManagedExecutorService executor;

  @Test
  void aCopyIsAnIndependentDraftAYearLaterWithTheSameContent() {
    String p = "c" + UUID.randomUUID().toString().substring(0, 6);
    ItFixture.Office office = fixture.createOffice(p, "50", 1);
    String admin = fixture.administrator();
    Program source = setup.program(admin, programId(office.programCode()));

    Program copy = setup.program(admin, setup.copy(admin, source.getId(), p + "-next", "โครงการปีถัดไป", "Next year", 1).getId());

    assertThat(copy.getStatus()).isEqualTo(ProgramStatus.DRAFT);
    assertThat(copy.getCircularNo()).as("the circular is registered when issued").isNull();
    assertThat(copy.getOrientationDate()).isEqualTo(source.getOrientationDate().plusYears(1));
    assertThat(copy.getCohorts()).hasSameSizeAs(source.getCohorts());
    for (int i = 0; i < source.getCohorts().size(); i++) {
      Cohort s = source.getCohorts().get(i);
      Cohort c = copy.getCohorts().get(i);
      assertThat(c.getId()).isNotEqualTo(s.getId());
      assertThat(c.getContractStart()).isEqualTo(s.getContractStart().plusYears(1));
      assertThat(c.getContractEnd()).isEqualTo(s.getContractEnd().plusYears(1));
      assertThat(c.getProvinces()).extracting(Province::getCode)
          .containsExactlyInAnyOrderElementsOf(s.getProvinces().stream().map(Province::getCode).toList());
    }
    assertThat(copy.getRounds()).hasSameSizeAs(source.getRounds());
    for (int i = 0; i < source.getRounds().size(); i++) {
      ReportingRound s = source.getRounds().get(i);
      ReportingRound c = copy.getRounds().get(i);
      assertThat(c.getPeriodStart()).isEqualTo(s.getPeriodStart().plusYears(1));
      assertThat(c.getPeriodEnd()).isEqualTo(s.getPeriodEnd().plusYears(1));
      assertThat(c.getDueDate()).isEqualTo(s.getDueDate().plusYears(1));
    }
    assertThat(copy.getKpis()).hasSameSizeAs(source.getKpis());
    for (int i = 0; i < source.getKpis().size(); i++) {
      KpiDefinition s = source.getKpis().get(i);
      KpiDefinition c = copy.getKpis().get(i);
      assertThat(KpiChange.of(c)).isEqualTo(KpiChange.of(s));
      assertThat(c.getWeight()).isEqualByComparingTo(s.getWeight());
    }

    ReportingRound first = copy.getRounds().get(0);
    setup.editRound(admin, first.getId(), first.getPeriodStart().plusDays(1), first.getPeriodEnd(), first.getDueDate());
    assertThat(setup.program(admin, copy.getId()).getRounds().get(0).getPeriodStart()).isEqualTo(first.getPeriodStart().plusDays(1));
    assertThat(setup.program(admin, source.getId()).getRounds().get(0).getPeriodStart())
        .as("the source is untouched").isEqualTo(source.getRounds().get(0).getPeriodStart());
    assertThat(audit.search(admin, new AuditFilter(AuditAction.COPY_PROGRAM, null, null, null, null, null), 0, 500, "at", false))
        .anySatisfy(a -> assertThat(a.getDetails()).isEqualTo(office.programCode() + " → " + p + "-next (+1)"));
    assertThatThrownBy(() -> setup.copy(admin, source.getId(), p + "-next", "ซ้ำ", null, 1))
        .isInstanceOf(BusinessException.class).extracting(e -> ((BusinessException) e).getKey()).isEqualTo("program.codeTaken");
  }

  @Test
  void invalidEditsAreRefusedWithTheirProblemsAndChangeNothing() {
    String p = "v" + UUID.randomUUID().toString().substring(0, 6);
    ItFixture.Office office = fixture.createOffice(p, "50", 1);
    String admin = fixture.administrator();
    long sourceId = programId(office.programCode());
    long id = setup.copy(admin, sourceId, p + "-next", "ร่าง", "Draft", 1).getId();
    Program before = setup.program(admin, id);
    ReportingRound r1 = before.getRounds().get(0);
    ReportingRound r2 = before.getRounds().get(1);
    Cohort c1 = before.getCohorts().get(0);
    Cohort c2 = before.getCohorts().get(1);
    KpiDefinition k1 = before.getKpis().get(0);

    assertThat(problems(() -> setup.editRound(admin, r1.getId(), r1.getPeriodEnd(), r1.getPeriodStart(), r1.getDueDate())))
        .containsExactly("program.round.dates");
    assertThat(problems(() -> setup.editRound(admin, r1.getId(), c1.getContractStart().minusMonths(1), r1.getPeriodEnd(), r1.getDueDate())))
        .containsExactly("program.round.outsideContracts");
    assertThat(problems(() -> setup.editRound(admin, r2.getId(), r1.getPeriodEnd(), r2.getPeriodEnd(), r2.getDueDate())))
        .containsExactly("program.round.overlap");
    assertThat(problems(() -> setup.editCohort(admin, c1.getId(), c1.getContractEnd(), c1.getContractStart(), codes(c1))))
        .containsExactly("program.cohort.dates");
    List<String> both = new java.util.ArrayList<>(codes(c2));
    both.add("50");
    assertThat(problems(() -> setup.editCohort(admin, c2.getId(), c2.getContractStart(), c2.getContractEnd(), both)))
        .containsExactly("program.province.twice");
    Map<Long, BigDecimal> weights = new HashMap<>();
    before.getKpis().forEach(k -> weights.put(k.getId(), BigDecimal.TEN));
    assertThat(problems(() -> setup.saveWeights(admin, id, weights))).containsExactly("program.weight.total");
    KpiChange k = KpiChange.of(k1);
    List<KpiChange.Level> falling = new java.util.ArrayList<>(k.levels());
    java.util.Collections.reverse(falling);
    KpiChange bad = new KpiChange(k.kind(), k.areaTh(), "ชื่อใหม่", k.titleEn(), k.unitTh(), k.evidenceExpectedTh(), k.nationalTarget(), k.maximum(), falling);
    assertThat(problems(() -> setup.editKpi(admin, k1.getId(), bad))).containsExactly("program.kpi.thresholds");

    Program after = setup.program(admin, id);
    assertThat(after.getRounds()).extracting(ReportingRound::getPeriodStart)
        .containsExactlyElementsOf(before.getRounds().stream().map(ReportingRound::getPeriodStart).toList());
    assertThat(after.getCohorts()).extracting(Cohort::getContractStart)
        .containsExactlyElementsOf(before.getCohorts().stream().map(Cohort::getContractStart).toList());
    assertThat(codes(after.getCohorts().get(1))).containsExactlyInAnyOrderElementsOf(codes(c2));
    assertThat(after.getKpis()).extracting(KpiDefinition::getWeight).usingElementComparator(BigDecimal::compareTo)
        .containsExactlyElementsOf(before.getKpis().stream().map(KpiDefinition::getWeight).toList());
    assertThat(after.getKpis().get(0).getTitleTh()).isEqualTo(k1.getTitleTh());

    assertThatThrownBy(() -> setup.removeRound(admin, programRound(sourceId)))
        .as("a started program keeps its rounds").isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).getKey()).isEqualTo("program.started");
  }

  @Test
  void theAdministratorCorrectsAKpisMaximumAndAFigureAboveItIsRefusedWithTheMaximumNamed() {
    String p = "m" + UUID.randomUUID().toString().substring(0, 6);
    ItFixture.Office office = fixture.createOffice(p, "50", 1);
    String admin = fixture.administrator();
    KpiDefinition k3 = setup.program(admin, programId(office.programCode())).getKpis().stream().filter(k -> k.getNumber() == 3).findFirst().orElseThrow();
    assertThat(k3.getMaximum()).as("from the program file").isEqualTo(1000L);
    KpiChange c = KpiChange.of(k3);
    assertThat(problems(() -> setup.editKpi(admin, k3.getId(), new KpiChange(c.kind(), c.areaTh(), c.titleTh(), c.titleEn(), c.unitTh(),
        c.evidenceExpectedTh(), c.nationalTarget(), 49L, c.levels())))).as("level 5 (50) must stay reachable").containsExactly("program.kpi.maximumBelowTop");

    setup.editKpi(admin, k3.getId(), new KpiChange(c.kind(), c.areaTh(), c.titleTh(), c.titleEn(), c.unitTh(), c.evidenceExpectedTh(),
        c.nationalTarget(), 60L, c.levels()));
    String staff = office.staff().get(0);
    long report = office.reports().get(0);
    assertThat(editor.saveKpi(staff, report, new KpiInput(3, BigDecimal.valueOf(60), null, null, List.of())).level()).isEqualTo(5);
    assertThatThrownBy(() -> editor.saveKpi(staff, report, new KpiInput(3, BigDecimal.valueOf(61), null, null, List.of())))
        .isInstanceOf(BusinessException.class)
        .satisfies(e -> assertThat(((BusinessException) e).getArgs()).contains(new BigDecimal("60")))
        .extracting(e -> ((BusinessException) e).getKey()).isEqualTo("kpi.tooLarge");
  }

  @Test
  void aRosterImportedIntoADraftEnrolsNobodyAndStartingEnrolsEveryStaffMemberOnce() {
    String p = "s" + UUID.randomUUID().toString().substring(0, 6);
    ItFixture.Office office = fixture.createOffice(p, "50", 1);
    String admin = fixture.administrator();
    Program draft = setup.copy(admin, programId(office.programCode()), p + "-next", "ร่าง", "Draft", 1);

    RosterOutcome imported = roster.run(admin, draft.getCode(), roster(p), "roster.csv");
    assertThat(imported.problems()).isEmpty();
    assertThat(imported.added()).isEqualTo(5);
    assertThat(imported.enrolled()).as("a draft enrols nobody").isZero();
    assertThat(instances(draft)).isZero();
    Cohort cohort = setup.program(admin, draft.getId()).getCohorts().get(0);
    assertThatThrownBy(() -> setup.editCohort(admin, cohort.getId(), cohort.getContractStart(), cohort.getContractEnd(),
        codes(cohort).stream().filter(c -> !c.equals("50")).toList()))
        .extracting(e -> ((BusinessException) e).getKey()).isEqualTo("program.province.hasStaff");
    setup.editCohort(admin, cohort.getId(), cohort.getContractStart().minusDays(1), cohort.getContractEnd(), codes(cohort));
    assertThat(Tx.inTx(utx, () -> em.createQuery("select s.contractStart from Person s where s.username = :u", java.time.LocalDate.class)
        .setParameter("u", p + "-S1").getSingleResult())).as("staff move with their cohort's dates")
        .isEqualTo(cohort.getContractStart().minusDays(1));

    ProgramStart.Outcome first = starter.start(admin, draft.getId());
    assertThat(first.staff()).isEqualTo(3);
    assertThat(first.enrolledNow()).isEqualTo(3);
    assertThat(instances(draft)).isEqualTo(3);
    assertThat(setup.program(admin, draft.getId()).isStarted()).isTrue();

    ProgramStart.Outcome again = starter.start(admin, draft.getId());
    assertThat(again.staff()).isEqualTo(3);
    assertThat(again.enrolledNow()).as("a second start enrols nobody twice").isZero();
    assertThat(instances(draft)).isEqualTo(3);
    assertThat(audit.search(admin, new AuditFilter(AuditAction.START_PROGRAM, null, null, null, null, null), 0, 500, "at", false))
        .filteredOn(a -> a.getTargetLabel().equals(draft.getCode())).hasSize(1);

    RosterOutcome later = roster.run(admin, draft.getCode(), laterRoster(p), "roster2.csv");
    assertThat(later.enrolled()).as("after the start a new staff member is enrolled on import").isEqualTo(1);
    assertThat(instances(draft)).isEqualTo(4);
  }

  @Test
  void twoStartsAtOnceEnrolEveryStaffMemberOnce() throws Exception {
    String p = "r" + UUID.randomUUID().toString().substring(0, 6);
    ItFixture.Office office = fixture.createOffice(p, "50", 1);
    String admin = fixture.administrator();
    Program draft = setup.copy(admin, programId(office.programCode()), p + "-next", "ร่าง", "Draft", 1);
    assertThat(roster.run(admin, draft.getCode(), roster(p), "roster.csv").problems()).isEmpty();

    CountDownLatch ready = new CountDownLatch(2);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<ProgramStart.Outcome>> starts = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      starts.add(executor.submit(() -> {
        ready.countDown();
        go.await();
        return starter.start(admin, draft.getId());
      }));
    }
    ready.await();
    go.countDown();
    int enrolled = 0;
    for (Future<ProgramStart.Outcome> f : starts) {
      enrolled += f.get(120, TimeUnit.SECONDS).enrolledNow();
    }
    assertThat(enrolled).isEqualTo(3);
    assertThat(instances(draft)).isEqualTo(3);
  }

  @Test
  void aProgramThatIsNotReadyDoesNotStart() {
    String admin = fixture.administrator();
    Program empty = setup.create(admin, "e" + UUID.randomUUID().toString().substring(0, 6), "ว่าง", null);
    assertThat(problems(() -> starter.start(admin, empty.getId()))).contains("program.noCohort", "program.noRound", "program.noKpi");
    assertThat(setup.program(admin, empty.getId()).isStarted()).isFalse();
  }

  @Test
  void onlyAdministratorsSetUpPrograms() {
    String p = "n" + UUID.randomUUID().toString().substring(0, 6);
    ItFixture.Office office = fixture.createOffice(p, "50", 1);
    long id = programId(office.programCode());
    for (String user : List.of(office.officer(), office.director(), office.staff().get(0))) {
      assertThatThrownBy(() -> setup.copy(user, id, p + "-x", "x", null, 1)).extracting(e -> ((BusinessException) e).getKey())
          .isEqualTo("access.denied");
      assertThatThrownBy(() -> setup.programs(user)).extracting(e -> ((BusinessException) e).getKey()).isEqualTo("access.denied");
      assertThatThrownBy(() -> starter.start(user, id)).extracting(e -> ((BusinessException) e).getKey()).isEqualTo("access.denied");
      assertThatThrownBy(() -> setup.equalWeights(user, id)).extracting(e -> ((BusinessException) e).getKey()).isEqualTo("access.denied");
    }
    assertThat(em.createNamedQuery("Program.findByCode", Program.class).setParameter("code", p + "-x").getResultList()).isEmpty();
  }

  /** Officer, director, and three staff of Chiang Mai (cohort 1). */
  static byte[] roster(String p) {
    return bytes(HEADER
        + "นาย,ประยุทธ,พัฒนา," + p + "-O1,พัฒนาการจังหวัดเชียงใหม่,,,50,OFFICER,,,,\n"
        + "นาง,สมใจ,นำทาง," + p + "-D1,ผู้อำนวยการกลุ่มงาน," + p + "G1,กลุ่มงานส่งเสริมการพัฒนาชุมชน,50,DIRECTOR,,,,\n"
        + staffRow(p, 1) + staffRow(p, 2) + staffRow(p, 3));
  }

  static byte[] laterRoster(String p) {
    String before = new String(roster(p), StandardCharsets.UTF_8).substring(1);
    return bytes(before + staffRow(p, 4));
  }

  static String staffRow(String p, int n) {
    return "นางสาว,พนักงาน" + n + ",ทดสอบ," + p + "-S" + n + ",นักพัฒนาชุมชน," + p + "G1,กลุ่มงานส่งเสริมการพัฒนาชุมชน,50,STAFF,,,1,\n";
  }

  private static byte[] bytes(String s) {
    return ("\uFEFF" + s).getBytes(StandardCharsets.UTF_8);
  }

  private long instances(Program program) {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey("staffProgram")
        .processInstanceBusinessKeyLike("program-" + program.getId() + "-staff-%").count();
  }

  private long programId(String code) {
    return Tx.inTx(utx, () -> em.createNamedQuery("Program.findByCode", Program.class).setParameter("code", code).getSingleResult().getId());
  }

  private long programRound(long programId) {
    return Tx.inTx(utx, () -> em.find(Program.class, programId).getRounds().get(0).getId());
  }

  private static List<String> codes(Cohort c) {
    return c.getProvinces().stream().map(Province::getCode).toList();
  }

  private static List<String> problems(Runnable action) {
    try {
      action.run();
    } catch (ProgramRefused e) {
      return e.getProblems().stream().map(ProgramProblem::key).toList();
    }
    throw new AssertionError("refused expected");
  }
}
