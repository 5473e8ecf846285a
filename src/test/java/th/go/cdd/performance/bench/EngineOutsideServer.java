package th.go.cdd.performance.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import th.go.cdd.performance.bench.BenchServer.Database;
import th.go.cdd.performance.migration.StandaloneEngine;

/**
 * The bench's third engine line: the same engine and settings as the server's (audit history, no
 * job executor here), built outside any server in the bench's own JVM with plain JDBC transactions
 * and the engine's own connection pool, on the database the server just used (PostgreSQL: the same
 * database; H2: the same file, once the server has stopped and let go of it). It completes the bench
 * process's first user task, which creates the second, exactly as the server's raw-engine step does,
 * so the three lines (director approvals, the raw engine in the server, this one) compare like with like.
 */
final class EngineOutsideServer implements AutoCloseable {
  private static final String MODEL = "bench/bench-approval.bpmn";
  private final ProcessEngine engine;
  private final ExecutorService clients = Executors.newFixedThreadPool(4);

  private EngineOutsideServer(ProcessEngine engine) {
    this.engine = engine;
  }

  /** {@code work} is the server's working directory, where the H2 file database lives. */
  static EngineOutsideServer on(Database db, String pgDatabase, Path work) {
    String url = db == Database.POSTGRES ? BenchDatabase.PG + pgDatabase
        : "jdbc:h2:file:" + work.resolve("data").resolve("cdd-performance").toAbsolutePath() + ";MODE=LEGACY;LOCK_TIMEOUT=10000";
    String user = db == Database.POSTGRES ? BenchDatabase.USER : "sa";
    String password = db == Database.POSTGRES ? BenchDatabase.PASSWORD : "sa";
    ProcessEngine engine = StandaloneEngine.on("bench-standalone", url, user, password, "false", Map.of());
    if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("benchApproval").count() == 0) {
      engine.getRepositoryService().createDeployment().name("bench").addClasspathResource(MODEL).deploy();
    }
    return new EngineOutsideServer(engine);
  }

  /** Task completions per second with {@code threads} clients over {@code count} tasks started beforehand (not timed). */
  double completions(int threads, int count) throws Exception {
    TaskService tasks = engine.getTaskService();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String instance = engine.getRuntimeService().startProcessInstanceByKey("benchApproval").getId();
      ids.add(tasks.createTaskQuery().processInstanceId(instance).singleResult().getId());
    }
    ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>(ids);
    AtomicInteger left = new AtomicInteger(count);
    List<Future<?>> workers = new ArrayList<>();
    long start = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      workers.add(clients.submit(() -> {
        while (left.getAndDecrement() > 0) {
          tasks.complete(queue.poll());
        }
      }));
    }
    for (Future<?> w : workers) {
      w.get();
    }
    return count / ((System.nanoTime() - start) / 1e9);
  }

  @Override
  public void close() {
    clients.shutdownNow();
    engine.close();
  }
}
