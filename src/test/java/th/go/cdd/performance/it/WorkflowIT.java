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
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import th.go.cdd.performance.approval.ApprovalService;
import th.go.cdd.performance.approval.Decision;
import th.go.cdd.performance.approval.Inbox;
import th.go.cdd.performance.approval.InboxFilter;
import th.go.cdd.performance.approval.InboxPage;
import th.go.cdd.performance.approval.InboxRow;
import th.go.cdd.performance.approval.Signature;
import th.go.cdd.performance.approval.SignatureStep;
import th.go.cdd.performance.report.CanonicalForm;
import th.go.cdd.performance.report.KpiInput;
import th.go.cdd.performance.report.KpiRow;
import th.go.cdd.performance.report.Report;
import th.go.cdd.performance.report.ReportEditor;
import th.go.cdd.performance.report.ReportStatus;
import th.go.cdd.performance.report.ReportSubmission;
import th.go.cdd.performance.shared.BusinessException;

/**
 * The whole chain in the real container (Payara Micro, the product WAR, H2 or PostgreSQL): each
 * test makes its own province office and program, then drives the application's services.
 */
@ExtendWith(ArquillianExtension.class)
class WorkflowIT {
  @Deployment
  static WebArchive deployment() {
    return Deployments.productWithFixture(WorkflowIT.class);
  }

  @EJB private ItFixture fixture;
  @EJB private ReportEditor editor;
  @EJB private ApprovalService approvals;
  @EJB private Inbox inbox;
  @Inject private TaskService tasks;
  @Inject private ManagementService management;
  @Inject private HistoryService history;
  @Inject private org.camunda.bpm.engine.RuntimeService runtime;
  @Resource private UserTransaction utx;
  @Resource private ManagedExecutorService executor;
  @PersistenceContext private EntityManager em;

  private static String prefix() {
    return "t" + UUID.randomUUID().toString().substring(0, 8);
  }


  /** The submitted version an approver reads when opening the report now. */
  private int seen(long id) {
    return report(id).getSubmissionCount();
  }

  /**
   * Reads the report in a transaction of its own (or the test's, if one is open): the container's
   * non-transactional EntityManager is not safe once other threads have run in the test.
   */
  private Report report(long id) {
    try {
      if (utx.getStatus() == jakarta.transaction.Status.STATUS_ACTIVE) {
        return em.find(Report.class, id);
      }
      utx.begin();
      try {
        Report r = em.find(Report.class, id);
        r.getEntries().forEach(e -> e.getRows().size());
        return r;
      } finally {
        utx.commit();
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private List<Signature> signatures(String user, long reportId) {
    return approvals.history(user, reportId);
  }

  @Test
  void staffSubmitsDirectorApprovesOfficerSignsAndTheReportEndsSigned() {
    ItFixture.Office o = fixture.createOffice(prefix(), "50", 1);
    String staff = o.staff().get(0);
    long id = o.reports().get(0);
    assertThat(report(id).getStatus()).isEqualTo(ReportStatus.DRAFT);

    fixture.fillAllKpis(staff, id);
    approvals.submit(staff, id);
    assertThat(report(id).getStatus()).isEqualTo(ReportStatus.WITH_DIRECTOR);
    approvals.decide(o.director(), id, seen(id), Decision.APPROVE, null);
    assertThat(report(id).getStatus()).isEqualTo(ReportStatus.WITH_OFFICER);
    approvals.decide(o.officer(), id, seen(id), Decision.SIGN, null);

    Report signed = report(id);
    assertThat(signed.getStatus()).isEqualTo(ReportStatus.SIGNED);
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(signed.getProcessInstanceId()).finished().count()).isEqualTo(1);
    List<Signature> chain = signatures(o.officer(), id);
    assertThat(chain).extracting(Signature::getStep).containsExactly(SignatureStep.STAFF, SignatureStep.DIRECTOR, SignatureStep.OFFICER);
    assertThat(chain.get(1).getPreviousHash()).isEqualTo(chain.get(0).getHash());
    assertThat(chain.get(2).getPreviousHash()).isEqualTo(chain.get(1).getHash());
    Signature last = chain.get(2);
    assertThat(CanonicalForm.signatureHash(last.getSubmission().getCanonicalForm(), last.getPreviousHash(), "OFFICER", "SIGN",
        o.officer(), last.getSignedAt().toString(), last.getComment())).as("recomputed from the stored row").isEqualTo(last.getHash());
    assertThat(last.getSubmission().getCanonicalForm()).contains("kpi.2.figure=62").contains("kpi.2.base=80").contains("kpi.2.level=5");
  }

  @Test
  void directorReturnsWithACommentAndTheResubmissionKeepsTheEarlierVersion() {
    ItFixture.Office o = fixture.createOffice(prefix(), "50", 1);
    String staff = o.staff().get(0);
    long id = o.reports().get(0);
    fixture.fillAllKpis(staff, id);
    approvals.submit(staff, id);

    assertThatThrownBy(() -> approvals.decide(o.director(), id, seen(id), Decision.RETURN, "  "))
        .isInstanceOf(BusinessException.class).hasMessage("approval.commentRequired");
    approvals.decide(o.director(), id, seen(id), Decision.RETURN, "แนบหลักฐานเพิ่ม");
    Report returned = report(id);
    assertThat(returned.getStatus()).isEqualTo(ReportStatus.RETURNED);
    assertThat(returned.getReturnComment()).isEqualTo("แนบหลักฐานเพิ่ม");

    editor.saveKpi(staff, id, new KpiInput(3, BigDecimal.valueOf(51), null, null, List.of(new KpiRow("สินค้า", "51 ผลิตภัณฑ์"))));
    approvals.submit(staff, id);
    approvals.decide(o.director(), id, seen(id), Decision.APPROVE, null);
    approvals.decide(o.officer(), id, seen(id), Decision.RETURN, "ตรวจสอบตัวเลขอีกครั้ง");
    assertThat(report(id).getStatus()).isEqualTo(ReportStatus.RETURNED);
    approvals.submit(staff, id);
    assertThat(report(id).getStatus()).isEqualTo(ReportStatus.WITH_DIRECTOR);

    List<ReportSubmission> versions = em.createQuery("select s from ReportSubmission s where s.report.id = :id order by s.number", ReportSubmission.class)
        .setParameter("id", id).getResultList();
    assertThat(versions).hasSize(3);
    assertThat(versions.get(0).getCanonicalForm()).contains("kpi.3.figure=25");
    assertThat(versions.get(1).getCanonicalForm()).contains("kpi.3.figure=51");
    assertThat(signatures(staff, id)).extracting(Signature::getDecision)
        .containsExactly(Decision.CERTIFY, Decision.RETURN, Decision.CERTIFY, Decision.APPROVE, Decision.RETURN, Decision.CERTIFY);
  }

  @Test
  void aDirectorCannotSignAVersionTheyDidNotSeeAfterARecallAndResubmission() {
    ItFixture.Office o = fixture.createOffice(prefix(), "50", 1);
    String staff = o.staff().get(0);
    long id = o.reports().get(0);
    fixture.fillAllKpis(staff, id);
    approvals.submit(staff, id);
    int openedByDirector = seen(id);
    approvals.recall(staff, id);
    editor.saveKpi(staff, id, new KpiInput(3, BigDecimal.valueOf(49), null, null, List.of()));
    approvals.submit(staff, id);

    assertThatThrownBy(() -> approvals.decide(o.director(), id, openedByDirector, Decision.APPROVE, null))
        .hasMessage("report.changedSinceOpened");
    assertThat(report(id).getStatus()).isEqualTo(ReportStatus.WITH_DIRECTOR);
    approvals.decide(o.director(), id, seen(id), Decision.APPROVE, null);
    assertThat(signatures(o.director(), id)).filteredOn(s -> s.getStep() == SignatureStep.DIRECTOR)
        .singleElement().satisfies(s -> assertThat(s.getSubmission().getCanonicalForm()).contains("kpi.3.figure=49"));
  }

  @Test
  void staffRecallsASubmittedReportUntilTheDirectorActs() {
    ItFixture.Office o = fixture.createOffice(prefix(), "50", 1);
    String staff = o.staff().get(0);
    long id = o.reports().get(0);
    fixture.fillAllKpis(staff, id);
    approvals.submit(staff, id);
    approvals.recall(staff, id);
    assertThat(report(id).getStatus()).isEqualTo(ReportStatus.DRAFT);
    editor.saveKpi(staff, id, new KpiInput(6, BigDecimal.valueOf(5), null, null, List.of()));
    approvals.submit(staff, id);
    approvals.decide(o.director(), id, seen(id), Decision.APPROVE, null);
    assertThatThrownBy(() -> approvals.recall(staff, id)).isInstanceOf(BusinessException.class).hasMessage("report.cannotRecall");
  }

  @Test
  void aRollbackAfterTheTaskCompletionLeavesNeitherTheTaskNorTheSignatureMoved() throws Exception {
    ItFixture.Office o = fixture.createOffice(prefix(), "50", 1);
    String staff = o.staff().get(0);
    long id = o.reports().get(0);
    fixture.fillAllKpis(staff, id);
    approvals.submit(staff, id);
    String pid = report(id).getProcessInstanceId();
    String taskId = tasks.createTaskQuery().processInstanceId(pid).taskDefinitionKey("directorReview").singleResult().getId();

    utx.begin();
    approvals.decide(o.director(), id, seen(id), Decision.APPROVE, null);
    assertThat(tasks.createTaskQuery().processInstanceId(pid).taskDefinitionKey("officerReview").count())
        .as("inside the transaction the task has moved").isEqualTo(1);
    utx.rollback();

    assertThat(tasks.createTaskQuery().taskId(taskId).count()).as("director task still open").isEqualTo(1);
    assertThat(tasks.createTaskQuery().processInstanceId(pid).taskDefinitionKey("officerReview").count()).isZero();
    assertThat(report(id).getStatus()).isEqualTo(ReportStatus.WITH_DIRECTOR);
    assertThat(signatures(o.director(), id)).extracting(Signature::getStep).containsExactly(SignatureStep.STAFF);
    approvals.decide(o.director(), id, seen(id), Decision.APPROVE, null);
    assertThat(report(id).getStatus()).isEqualTo(ReportStatus.WITH_OFFICER);
  }

  @Test
  void twoDirectorsApprovingAtOnceRecordOneSignatureAndTheOtherIsToldWhoHandledIt() throws Exception {
    String prefix = prefix();
    int races = 8;
    ItFixture.Office o = fixture.createOffice(prefix, "50", races);
    String second = fixture.addDirector(prefix);
    for (int i = 0; i < races; i++) {
      fixture.fillAllKpis(o.staff().get(i), o.reports().get(i));
      approvals.submit(o.staff().get(i), o.reports().get(i));
    }
    for (int i = 0; i < races; i++) {
      long id = o.reports().get(i);
      int opened = seen(id); // both directors opened the same version (read here: the test's EntityManager is not for other threads)
      CountDownLatch start = new CountDownLatch(1);
      List<Future<String>> results = new ArrayList<>();
      for (String director : List.of(o.director(), second)) {
        results.add(executor.submit(() -> {
          start.await();
          try {
            approvals.decide(director, id, opened, Decision.APPROVE, null);
            return "ok";
          } catch (BusinessException e) {
            return e.getKey();
          }
        }));
      }
      start.countDown();
      List<String> outcomes = new ArrayList<>();
      for (Future<String> f : results) {
        outcomes.add(f.get());
      }
      assertThat(outcomes).as("race " + i).containsExactlyInAnyOrder("ok", "task.alreadyHandledBy");
      assertThat(signatures(o.staff().get(i), id)).filteredOn(s -> s.getStep() == SignatureStep.DIRECTOR).hasSize(1);
      String pid = report(id).getProcessInstanceId();
      assertThat(tasks.createTaskQuery().processInstanceId(pid).taskDefinitionKey("officerReview").count()).isEqualTo(1);
      assertThat(tasks.createTaskQuery().processInstanceId(pid).taskDefinitionKey("directorReview").count()).isZero();
      assertThat(report(id).getStatus()).isEqualTo(ReportStatus.WITH_OFFICER);
    }
  }

  @Test
  void aTaskClaimedByOneDirectorCannotBeDecidedByAnother() {
    String prefix = prefix();
    ItFixture.Office o = fixture.createOffice(prefix, "50", 1);
    String second = fixture.addDirector(prefix);
    long id = o.reports().get(0);
    fixture.fillAllKpis(o.staff().get(0), id);
    approvals.submit(o.staff().get(0), id);

    assertThat(inbox.count(second, InboxFilter.none())).as("a group task is offered to every director of the group").isEqualTo(1);
    approvals.claim(o.director(), id);
    assertThat(report(id).getPendingAssignee()).isEqualTo(o.director());
    assertThatThrownBy(() -> approvals.decide(second, id, seen(id), Decision.APPROVE, null)).hasMessage("task.claimedBy");
    assertThatThrownBy(() -> approvals.claim(second, id)).hasMessage("task.claimedBy");
    assertThatThrownBy(() -> approvals.release(second, id)).as("only the claimer gives it back").isInstanceOf(BusinessException.class);
    approvals.release(o.director(), id);
    assertThat(report(id).getPendingAssignee()).as("given back to the group").isNull();
    approvals.claim(second, id);
    approvals.decide(second, id, seen(id), Decision.APPROVE, null);
    assertThat(report(id).getStatus()).isEqualTo(ReportStatus.WITH_OFFICER);
    assertThat(report(id).getPendingAssignee()).isNull();
  }

  @Test
  void anInboxPageAndItsCountReadTogetherAgreeWithThemReadApart() {
    ItFixture.Office o = fixture.createOffice(prefix(), "50", 3);
    for (int i = 0; i < 3; i++) {
      fixture.fillAllKpis(o.staff().get(i), o.reports().get(i));
      approvals.submit(o.staff().get(i), o.reports().get(i));
    }
    InboxFilter none = InboxFilter.none();
    InboxPage whole = inbox.read(o.director(), none, 0, 20, "staffName", true);
    assertThat(whole.total()).as("a page that ends before it is full tells the count").isEqualTo(3).isEqualTo(inbox.count(o.director(), none));
    List<Long> ids = ids(whole);
    assertThat(ids).hasSize(3).containsExactlyInAnyOrderElementsOf(o.reports())
        .isEqualTo(inbox.page(o.director(), none, 0, 20, "staffName", true).stream().map(InboxRow::getReportId).toList());
    InboxPage firstTwo = inbox.read(o.director(), none, 0, 2, "staffName", true);
    assertThat(ids(firstTwo)).isEqualTo(ids.subList(0, 2));
    assertThat(firstTwo.total()).as("a full page asks the count").isEqualTo(3);
    InboxPage last = inbox.read(o.director(), none, 2, 2, "staffName", true);
    assertThat(ids(last)).isEqualTo(ids.subList(2, 3));
    assertThat(last.total()).isEqualTo(3);
    InboxPage past = inbox.read(o.director(), none, 4, 2, "staffName", true);
    assertThat(past.rows()).as("past the end: no rows").isEmpty();
    assertThat(past.total()).as("and the count still told").isEqualTo(3);
    assertThat(inbox.read(o.staff().get(0), none, 0, 20, null, true).total()).as("a staff member's own report").isEqualTo(1);
  }

  private static List<Long> ids(InboxPage page) {
    return page.rows().stream().map(InboxRow::getReportId).toList();
  }

  @Test
  void nobodyOutsideTheReportsProvinceOrGroupMayReadOrActOnIt() {
    ItFixture.Office mine = fixture.createOffice(prefix(), "50", 2);
    ItFixture.Office other = fixture.createOffice(prefix(), "57", 1);
    long id = mine.reports().get(0);
    fixture.fillAllKpis(mine.staff().get(0), id);
    var pdf = editor.attach(mine.staff().get(0), id, 1, "x.pdf", "%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII));
    approvals.submit(mine.staff().get(0), id);

    assertThatThrownBy(() -> approvals.decide(other.director(), id, seen(id), Decision.APPROVE, null)).hasMessage("access.denied");
    assertThatThrownBy(() -> approvals.decide(other.officer(), id, seen(id), Decision.APPROVE, null)).hasMessage("access.denied");
    assertThatThrownBy(() -> editor.read(other.officer(), id)).hasMessage("access.denied");
    assertThatThrownBy(() -> editor.read(mine.staff().get(1), id)).hasMessage("access.denied");
    assertThatThrownBy(() -> editor.download(mine.staff().get(1), pdf.getId())).hasMessage("access.denied");
    assertThatThrownBy(() -> editor.download(other.director(), pdf.getId())).hasMessage("access.denied");
    assertThatThrownBy(() -> approvals.decide(mine.officer(), id, seen(id), Decision.SIGN, null))
        .as("the officer cannot skip the director").hasMessageStartingWith("task.alreadyHandled");
    assertThatThrownBy(() -> approvals.submit(mine.staff().get(1), id)).hasMessage("access.denied");
    assertThat(inbox.count(other.director(), InboxFilter.none())).isZero();
    assertThat(inbox.count(mine.director(), InboxFilter.none())).isEqualTo(1);
    assertThat(editor.download(mine.officer(), pdf.getId()).getSha256()).isEqualTo(CanonicalForm.sha256("%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII)));
  }

  @Test
  void badInputIsRefusedWithAMessageAndWhatWasSavedStays() {
    ItFixture.Office o = fixture.createOffice(prefix(), "50", 1);
    String staff = o.staff().get(0);
    long id = o.reports().get(0);
    editor.saveKpi(staff, id, new KpiInput(3, BigDecimal.valueOf(33), null, null, List.of(new KpiRow("<script>x</script>", "ok"))));

    assertThatThrownBy(() -> editor.saveKpi(staff, id, new KpiInput(3, new BigDecimal("-1"), null, null, List.of()))).hasMessage("kpi.negative");
    assertThatThrownBy(() -> editor.saveKpi(staff, id, new KpiInput(3, new BigDecimal("2.5"), null, null, List.of()))).hasMessage("kpi.wholeNumber");
    assertThatThrownBy(() -> editor.saveKpi(staff, id, new KpiInput(2, BigDecimal.TEN, BigDecimal.ZERO, null, List.of()))).hasMessage("kpi.basePositive");
    assertThatThrownBy(() -> editor.attach(staff, id, 1, "photo.pdf", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00}))
        .hasMessage("evidence.nameMismatch");
    assertThatThrownBy(() -> editor.attach(staff, id, 1, "a.pdf", "MZ executable".getBytes(StandardCharsets.US_ASCII))).hasMessage("evidence.type");
    assertThatThrownBy(() -> approvals.submit(staff, id)).hasMessageStartingWith("report.incomplete");

    Report kept = report(id);
    assertThat(kept.entryFor(3).orElseThrow().getFigure()).isEqualByComparingTo("33");
    assertThat(kept.entryFor(3).orElseThrow().getLevel()).isEqualTo(3);
    assertThat(kept.entryFor(3).orElseThrow().getRows().get(0).getTarget()).isEqualTo("<script>x</script>");
    assertThat(kept.getStatus()).isEqualTo(ReportStatus.DRAFT);
  }

  @Test
  void aReportNotSignedByTheDueDateIsMarkedOverdueAndStaysOpen() {
    ItFixture.Office o = fixture.createOffice(prefix(), "50", 1);
    long id = o.reports().get(0);
    String pid = report(id).getProcessInstanceId();
    Job due = management.createJobQuery().processInstanceId(pid).activityId("dueDatePassed").singleResult();
    assertThat(due.getDuedate()).isAfter(new java.util.Date());
    management.executeJob(due.getId());

    Report overdue = report(id);
    assertThat(overdue.isOverdue()).isTrue();
    assertThat(overdue.getStatus()).isEqualTo(ReportStatus.DRAFT);
    assertThat(tasks.createTaskQuery().processInstanceId(pid).taskDefinitionKey("fillReport").count()).isEqualTo(1);
    fixture.fillAllKpis(o.staff().get(0), id);
    approvals.submit(o.staff().get(0), id);
    assertThat(report(id).getStatus()).isEqualTo(ReportStatus.WITH_DIRECTOR);
  }

  @Test
  void theSecondCohortsFirstRoundOpensAtItsContractStart() {
    // Khon Kaen (40) is in cohort 2: its contract starts a month after round 1 does
    ItFixture.Office o = fixture.createOffice(prefix(), "40", 1);
    assertThat(o.reports()).containsOnlyNulls();
    Job opens = management.createJobQuery().processDefinitionKey("roundReport").activityId("roundOpens").list().stream()
        .filter(j -> o.staff().get(0).equals(runtime.getVariable(j.getProcessInstanceId(), "staffUsername")))
        .min(java.util.Comparator.comparing(Job::getDuedate)).orElseThrow();
    var program = em.createQuery("select p from Program p where p.code = :c", th.go.cdd.performance.program.Program.class)
        .setParameter("c", o.programCode()).getSingleResult();
    var contractStart = program.getCohorts().get(1).getContractStart();
    assertThat(opens.getDuedate().toInstant()).isEqualTo(contractStart.atStartOfDay(th.go.cdd.performance.shared.ThaiDates.BANGKOK).toInstant());
  }

  /**
   * The seeding of the deadline bench once stopped for good: a job thread waited for ever in
   * EclipseLink's WriteLockManager.acquireLocksForClone for a cache key of a shared-cache entity
   * (the province, group or cohort of the Person it read). Here every timer of a few hundred staff
   * falls due at once and runs on four threads (jobs of one instance collide and are tried again on
   * the next pass), while another thread keeps evicting the shared cache so that the reference
   * entities are built again and again under load, which is what the bench's year did by
   * outgrowing the default cache. A job busy longer than a bound is a hang: the test fails with that
   * thread's stack. A job failing inside EclipseLink's locking (IllegalMonitorStateException,
   * ConcurrencyException) fails it too; collisions (optimistic locking) are expected and retried.
   */
  @Test
  void theTimersOfAFewHundredStaffOnFourThreadsNeverHangOrFailInEclipseLinksCacheLocks() throws Exception {
    String prefix = prefix();
    String program = fixture.yearEndedProgram(prefix);
    String[] provinces = {"11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22"};
    for (int o = 0; o < provinces.length; o++) {
      fixture.officeAwaitingTimers(program, prefix + "o" + o, provinces[o], 20);
    }
    int threads = 4;
    long hangBoundNanos = java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
    java.util.concurrent.atomic.AtomicBoolean running = new java.util.concurrent.atomic.AtomicBoolean(true);
    java.util.concurrent.atomic.AtomicLong evictions = new java.util.concurrent.atomic.AtomicLong();
    jakarta.persistence.Cache cache = em.getEntityManagerFactory().getCache();
    Future<?> evicter = executor.submit(() -> {
      while (running.get()) {
        cache.evictAll();
        evictions.incrementAndGet();
        java.util.concurrent.locks.LockSupport.parkNanos(5_000_000);
      }
    });
    long ran = 0;
    int collisions = 0;
    int passes = 0;
    List<String> lockFailures = new ArrayList<>();
    List<String> otherFailures = new ArrayList<>();
    long started = System.nanoTime();
    try {
      for (; passes < 40; passes++) {
        List<Job> due = management.createJobQuery().executable().duedateLowerThan(new java.util.Date()).listPage(0, 2000);
        if (due.isEmpty()) {
          break;
        }
        java.util.concurrent.ConcurrentLinkedQueue<String> queue = new java.util.concurrent.ConcurrentLinkedQueue<>();
        due.forEach(j -> queue.add(j.getId()));
        long[] busySince = new long[threads];
        Thread[] workerThreads = new Thread[threads];
        java.util.concurrent.atomic.AtomicLong ranInPass = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.ConcurrentLinkedQueue<Throwable> failures = new java.util.concurrent.ConcurrentLinkedQueue<>();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          int worker = t;
          workers.add(executor.submit(() -> {
            workerThreads[worker] = Thread.currentThread();
            for (String job = queue.poll(); job != null; job = queue.poll()) {
              busySince[worker] = System.nanoTime();
              try {
                management.executeJob(job);
                ranInPass.incrementAndGet();
              } catch (RuntimeException e) {
                failures.add(e);
              } finally {
                busySince[worker] = 0;
              }
            }
          }));
        }
        for (Future<?> w : workers) {
          while (true) {
            try {
              w.get(1, java.util.concurrent.TimeUnit.SECONDS);
              break;
            } catch (java.util.concurrent.TimeoutException stillBusy) {
              for (int t = 0; t < threads; t++) {
                long since = busySince[t];
                if (since != 0 && System.nanoTime() - since > hangBoundNanos && workerThreads[t] != null) {
                  StringBuilder stack = new StringBuilder();
                  for (StackTraceElement e : workerThreads[t].getStackTrace()) {
                    stack.append("\n  at ").append(e);
                  }
                  throw new AssertionError("pass " + passes + ": a job thread has been busy for over 60 s (hang), after " + ran
                      + " jobs, " + evictions.get() + " evictions; its stack:" + stack);
                }
              }
            }
          }
        }
        ran += ranInPass.get();
        for (Throwable f : failures) {
          // a collision: two jobs of one instance at once, or the server's own job executor ran it first
          if (causedBy(f, "org.camunda.bpm.engine.OptimisticLockingException") || String.valueOf(f.getMessage()).contains("No job found")) {
            collisions++;
          } else if (causedBy(f, "java.lang.IllegalMonitorStateException") || causedBy(f, "org.eclipse.persistence.exceptions.ConcurrencyException")) {
            lockFailures.add(describe(f));
          } else {
            otherFailures.add(describe(f));
          }
        }
      }
    } finally {
      running.set(false);
      evicter.get(10, java.util.concurrent.TimeUnit.SECONDS);
    }
    System.out.printf("[cache-lock stress] %d jobs run in %d passes on %d threads in %.1f s, %d collisions retried, %d cache evictions, "
        + "%d EclipseLink lock failures, %d other failures%n", ran, passes, threads, (System.nanoTime() - started) / 1e9, collisions,
        evictions.get(), lockFailures.size(), otherFailures.size());
    assertThat(lockFailures).as("jobs failing inside EclipseLink's cache locks").isEmpty();
    assertThat(otherFailures).as("jobs failing for another reason than a collision").isEmpty();
    assertThat(ran).as("every staff member's rounds opened, at least").isGreaterThanOrEqualTo(4L * 20 * provinces.length);
    assertThat(management.createJobQuery().executable().duedateLowerThan(new java.util.Date()).count()).as("due jobs left").isZero();
  }

  private static boolean causedBy(Throwable t, String className) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c.getClass().getName().equals(className)) {
        return true;
      }
    }
    return false;
  }

  private static String describe(Throwable t) {
    StringBuilder s = new StringBuilder(t.toString());
    for (Throwable c = t.getCause(); c != null; c = c.getCause()) {
      s.append(" <- ").append(c);
    }
    return s.toString();
  }
}
