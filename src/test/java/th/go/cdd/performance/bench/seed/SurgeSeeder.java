package th.go.cdd.performance.bench.seed;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import th.go.cdd.performance.approval.ApprovalService;
import th.go.cdd.performance.approval.Decision;
import th.go.cdd.performance.program.ProgramCatalog;
import th.go.cdd.performance.program.ProgramData;
import th.go.cdd.performance.report.KpiInput;
import th.go.cdd.performance.report.KpiRow;
import th.go.cdd.performance.report.ReportEditor;
import th.go.cdd.performance.security.Passwords;

/**
 * The bench's seeding and in-server timing, each step through the application's services or the
 * engine's API in its own transaction (this bean runs outside one).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SurgeSeeder {
  public static final String PROGRAM_CODE = "cdd-temp-staff-2564-bench";
  public static final String PASSWORD = "bench-password-2564";
  /** Today is this many days before round 4's due date: the deadline surge. */
  private static final int DAYS_BEFORE_DUE = 2;
  private static volatile String passwordHash;

  @EJB private ProgramCatalog catalog;
  @EJB private BenchOffices offices;
  @EJB private ReportEditor editor;
  @EJB private ApprovalService approvals;
  @Inject private Passwords passwords;
  @Inject private ManagementService management;
  @Inject private RuntimeService runtime;
  @Inject private TaskService tasks;
  @Inject private RepositoryService repository;
  @Inject private Clock clock;
  @PersistenceContext private EntityManager em;
  @Resource private ManagedExecutorService executor;

  /** The 2564 program shifted so that today falls two days before round 4's due date. */
  public String program() {
    ProgramData real = ProgramCatalog.read(ProgramCatalog.PROGRAM_2564);
    LocalDate today = LocalDate.now(clock);
    long shift = ChronoUnit.DAYS.between(real.rounds().get(3).due().minusDays(DAYS_BEFORE_DUE), today);
    catalog.loadIfAbsent(real.shiftedBy(shift, PROGRAM_CODE, " (bench)"));
    return PROGRAM_CODE;
  }

  /** One province's people, each staff member's process started through the engine's API. Returns the number of staff. */
  public int office(String provinceCode, int staff, int groups) {
    if (passwordHash == null) {
      passwordHash = passwords.hash(PASSWORD);
    }
    return offices.create(PROGRAM_CODE, provinceCode, staff, groups, passwordHash).size();
  }

  /**
   * Runs the timers already due (rounds that opened, due dates passed, reminders), as the job
   * executor would, on {@code threads} workers of the server's managed executor, for about
   * {@code seconds} at most (Payara ends a request after 15 minutes, so the bench calls again until
   * none is left). A job that fails (say, two jobs of one instance at once) is tried again on the
   * next pass. Returns "jobs-run jobs-still-due".
   */
  public String runDueTimers(int threads, int seconds) throws Exception {
    AtomicLong run = new AtomicLong();
    long stopAt = System.nanoTime() + seconds * 1_000_000_000L;
    while (System.nanoTime() < stopAt) {
      List<Job> due = dueJobs().listPage(0, 1000);
      if (due.isEmpty()) {
        break;
      }
      ConcurrentLinkedQueue<Job> queue = new ConcurrentLinkedQueue<>(due);
      long before = run.get();
      timed(threads, due.size(), () -> {
        try {
          management.executeJob(queue.poll().getId());
          run.incrementAndGet();
        } catch (RuntimeException e) {
          // tried again on the next pass
        }
      });
      if (run.get() == before) {
        throw new IllegalStateException(due.size() + " due jobs fail, e.g. " + due.get(0));
      }
    }
    return run.get() + " " + dueJobs().count();
  }

  private org.camunda.bpm.engine.runtime.JobQuery dueJobs() {
    return management.createJobQuery().executable().duedateLowerThan(Date.from(clock.instant()));
  }

  /**
   * Moves a province's reports through the real services: in rounds 1-3 the first staff members'
   * reports end signed, with the officer, with the director, returned and saved as a draft; in
   * round 4 the first {@code withDirector} wait for their director (the approvals timed later), a
   * few more are with the officer, signed, returned or drafts. Every other report stays as the
   * round opened it (not started; late in rounds 1-3). Returns the number of reports moved.
   */
  public int states(String provinceCode, int withDirector) {
    List<Object[]> rows = em.createQuery("select r.id, r.staff.username, r.round.number from Report r "
            + "where r.round.program.code = :code and r.staff.province.code = :p order by r.staff.id, r.round.number", Object[].class)
        .setParameter("code", PROGRAM_CODE).setParameter("p", provinceCode).getResultList();
    int moved = 0;
    for (Object[] row : rows) {
      long id = (Long) row[0];
      String user = (String) row[1];
      int round = (Integer) row[2];
      int index = Integer.parseInt(user.substring(user.lastIndexOf(".s") + 2));
      String state = round < 4 ? pastRoundState(index) : currentRoundState(index, withDirector);
      if (state == null) {
        continue;
      }
      String director = "bench." + provinceCode + ".d" + (1 + index % groups(provinceCode));
      String officer = "bench." + provinceCode + ".officer";
      fill(user, id, index + round);
      moved++;
      if (state.equals("DRAFT")) {
        continue;
      }
      approvals.submit(user, id);
      switch (state) {
        case "RETURNED" -> decide(director, id, Decision.RETURN, "กรุณาแนบหลักฐานเพิ่มเติม");
        case "WITH_OFFICER" -> decide(director, id, Decision.APPROVE, null);
        case "SIGNED" -> {
          decide(director, id, Decision.APPROVE, null);
          decide(officer, id, Decision.SIGN, null);
        }
        default -> { } // WITH_DIRECTOR
      }
    }
    return moved;
  }

  private static String pastRoundState(int index) {
    return switch (index) {
      case 0, 1, 2 -> "SIGNED";
      case 3 -> "WITH_OFFICER";
      case 4 -> "WITH_DIRECTOR";
      case 5 -> "RETURNED";
      case 6 -> "DRAFT";
      default -> null;
    };
  }

  private static String currentRoundState(int index, int withDirector) {
    if (index < withDirector) {
      return "WITH_DIRECTOR";
    }
    return switch (index - withDirector) {
      case 0, 1 -> "WITH_OFFICER";
      case 2 -> "SIGNED";
      case 3 -> "RETURNED";
      case 4 -> "DRAFT";
      default -> null;
    };
  }

  private int groups(String provinceCode) {
    return em.createQuery("select count(g) from WorkGroup g where g.province.code = :p", Long.class)
        .setParameter("p", provinceCode).getSingleResult().intValue();
  }

  private void decide(String approver, long reportId, Decision decision, String comment) {
    approvals.decide(approver, reportId, editor.read(approver, reportId).getSubmissionCount(), decision, comment);
  }

  private void fill(String user, long id, int k) {
    editor.saveKpi(user, id, new KpiInput(1, BigDecimal.valueOf(1 + k % 5), null, null, List.of(new KpiRow("ฐานข้อมูล TPMAP", "จัดทำแล้ว"))));
    editor.saveKpi(user, id, new KpiInput(2, BigDecimal.valueOf(30 + k % 30), BigDecimal.valueOf(60), null, List.of()));
    editor.saveKpi(user, id, new KpiInput(3, BigDecimal.valueOf(10 + k % 45), null, null, List.of()));
    editor.saveKpi(user, id, new KpiInput(4, BigDecimal.valueOf(5 + k % 20), null, null, List.of()));
    editor.saveKpi(user, id, new KpiInput(5, BigDecimal.valueOf(1 + k % 5), null, null, List.of()));
    editor.saveKpi(user, id, new KpiInput(6, BigDecimal.valueOf(1 + k % 5), null, null, List.of()));
  }

  /** Staff members whose round 4 report the round opened and nobody touched yet: "username reportId" lines. */
  public String surgePool() {
    List<Object[]> rows = em.createQuery("select r.staff.username, r.id from Report r where r.round.program.code = :code "
            + "and r.round.number = 4 and r.status = th.go.cdd.performance.report.ReportStatus.DRAFT and r.startedAt is null "
            + "order by r.id", Object[].class)
        .setParameter("code", PROGRAM_CODE).getResultList();
    StringBuilder out = new StringBuilder();
    rows.forEach(r -> out.append(r[0]).append(' ').append(r[1]).append('\n'));
    return out.toString();
  }

  /** How many of these reports are not with the director (a submit answered OK must have moved it there). */
  public long notSubmitted(List<Long> reportIds) {
    long missing = 0;
    for (int i = 0; i < reportIds.size(); i += 1000) {
      List<Long> chunk = reportIds.subList(i, Math.min(reportIds.size(), i + 1000));
      missing += chunk.size() - em.createQuery("select count(r) from Report r where r.id in :ids "
              + "and r.status = th.go.cdd.performance.report.ReportStatus.WITH_DIRECTOR", Long.class)
          .setParameter("ids", chunk).getSingleResult();
    }
    return missing;
  }

  /**
   * The director's step as the page does it ({@link ApprovalService#decide}: report locked,
   * signature, report state and task completion in one transaction), on {@code count} reports
   * waiting for a director, with {@code threads} concurrent workers. Returns approvals per second.
   */
  public double approve(int threads, int count) throws Exception {
    List<Object[]> waiting = em.createQuery("select r.id, r.staff.province.code, r.staff.workGroup.code, r.submissionCount from Report r "
            + "where r.round.program.code = :code and r.status = th.go.cdd.performance.report.ReportStatus.WITH_DIRECTOR "
            + "and r.round.number = 4 order by r.id", Object[].class)
        .setParameter("code", PROGRAM_CODE).setMaxResults(count).getResultList();
    if (waiting.size() < count) {
      throw new IllegalStateException("only " + waiting.size() + " reports wait for a director; seed more (bench.withDirector)");
    }
    ConcurrentLinkedQueue<Object[]> queue = new ConcurrentLinkedQueue<>(waiting);
    return timed(threads, count, () -> {
      Object[] r = queue.poll();
      String director = "bench." + r[1] + ".d" + ((String) r[2]).substring(1);
      approvals.decide(director, (Long) r[0], (Integer) r[3], Decision.APPROVE, null);
    });
  }

  /**
   * The raw engine on the same datasource: {@code TaskService.complete} of a user task whose
   * completion creates the next user task (bench-approval.bpmn), each completion its own
   * transaction, nothing of the application around it. Returns completions per second.
   */
  public double raw(int threads, int count) throws Exception {
    if (repository.createProcessDefinitionQuery().processDefinitionKey("benchApproval").count() == 0) {
      repository.createDeployment().name("bench").addClasspathResource("bench/bench-approval.bpmn").deploy();
    }
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ProcessInstance pi = runtime.startProcessInstanceByKey("benchApproval");
      ids.add(tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId());
    }
    ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>(ids);
    return timed(threads, count, () -> tasks.complete(queue.poll()));
  }

  private double timed(int threads, int count, Runnable step) throws Exception {
    AtomicInteger left = new AtomicInteger(count);
    List<Future<?>> workers = new ArrayList<>();
    long start = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      workers.add(executor.submit(() -> {
        while (left.getAndDecrement() > 0) {
          step.run();
        }
      }));
    }
    for (Future<?> w : workers) {
      w.get();
    }
    return count / ((System.nanoTime() - start) / 1e9);
  }
}
