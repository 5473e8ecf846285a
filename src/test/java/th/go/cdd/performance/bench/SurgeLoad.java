package th.go.cdd.performance.bench;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import th.go.cdd.performance.testing.JsfClient;

/**
 * One phase of the deadline surge: virtual users start one after another over the ramp until
 * {@code users} are active; each takes the next staff member from the pool and does what the
 * person does in a browser: sign in, open the report, fill the figures and save, certify and
 * submit, with a think time of 1-3 s between steps (or none). Beside them a director and an
 * officer open their inbox every 1-3 s. Every request is timed; an answer is an error if its
 * status is 400 or more or it shows an error message, or if the submit did not take it out of
 * the draft (checked afterwards against the database).
 */
final class SurgeLoad {
  record StaffReport(String username, long reportId) {}

  /** What one phase measured. */
  record Result(double seconds, long requests, long errors, List<Long> submitted, Map<String, List<Double>> latencies, List<String> errorSamples) {
    double requestsPerSecond() {
      return requests / seconds;
    }
  }

  private final Function<String, URI> uris;
  private final String password;
  private final Queue<StaffReport> pool;
  private final List<String> inboxUsers;

  SurgeLoad(Function<String, URI> uris, String password, Queue<StaffReport> pool, List<String> inboxUsers) {
    this.uris = uris;
    this.password = password;
    this.pool = pool;
    this.inboxUsers = inboxUsers;
  }

  Result run(int users, long rampMillis, long durationMillis, boolean think) throws InterruptedException {
    Map<String, List<Double>> latencies = new ConcurrentHashMap<>();
    List<Long> submitted = Collections.synchronizedList(new ArrayList<>());
    List<String> errorSamples = Collections.synchronizedList(new ArrayList<>());
    AtomicLong requests = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    long start = System.nanoTime();
    long end = start + durationMillis * 1_000_000;
    Recorder rec = new Recorder(latencies, requests, errors, errorSamples, null);
    List<Thread> threads = new ArrayList<>();
    for (String inboxUser : inboxUsers) {
      threads.add(started(() -> inbox(inboxUser, end, rec)));
    }
    for (int u = 0; u < users; u++) {
      long startAt = start + rampMillis * 1_000_000 * u / users;
      threads.add(started(() -> {
        sleepUntil(startAt);
        staff(end, think, rec, submitted);
      }));
    }
    for (Thread t : threads) {
      t.join();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Result(seconds, requests.get(), errors.get(), new ArrayList<>(submitted), latencies, new ArrayList<>(errorSamples));
  }

  private void staff(long end, boolean think, Recorder rec, List<Long> submitted) {
    StaffReport next;
    while (System.nanoTime() < end && (next = pool.poll()) != null) {
      try {
        JsfClient browser = JsfClient.at(uris.apply("/")).build();
        if (!rec.record("login", next.username(), browser.login(next.username(), password), 3)) {
          continue;
        }
        pause(think);
        String path = "/app/report.xhtml?id=" + next.reportId();
        JsfClient.Answer form = browser.get(path);
        if (!rec.record("open report", next.username(), form, 1)) {
          continue;
        }
        if (!form.body().contains("report:submit")) {
          rec.error("open report: no submit button for " + next);
          continue;
        }
        Document doc = Jsoup.parse(form.body());
        Map<String, String> fields = JsfClient.fields(doc, "report");
        fill(fields);
        pause(think);
        if (!rec.record("save", next.username(), browser.ajax(path, fields, doc, "report:save"), 1)) {
          continue;
        }
        pause(think);
        fields.put("report:certify_input", "on");
        if (rec.record("submit", next.username(), browser.ajax(path, fields, doc, "report:submit"), 1)) {
          submitted.add(next.reportId());
        }
        pause(think);
      } catch (Exception e) {
        rec.error("exception: " + e);
      }
    }
  }

  /** The figures a staff member types: a level reached for staged KPIs, counts, and the base of a percentage. */
  private static void fill(Map<String, String> fields) {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    for (String name : List.copyOf(fields.keySet())) {
      if (name.endsWith(":figure")) {
        fields.put(name, String.valueOf(1 + r.nextInt(5)));
      } else if (name.endsWith(":base")) {
        fields.put(name, "100");
      } else if (name.endsWith(":chosenLevel_input")) {
        fields.put(name, String.valueOf(r.nextInt(6)));
      }
    }
    fields.replaceAll((name, value) -> name.contains(":kpis:1:figure") ? String.valueOf(55 + r.nextInt(30)) : value);
  }

  /**
   * The server CPU of each step on its own: {@code people} staff members from the pool, one after
   * another with no think time, then {@code people} inbox pages for each inbox user, nothing else
   * running; the server's CPU between one answer and the next is the step's ({@code serverCpuMs} reads
   * it). Milliseconds per step, one value per request of that step.
   */
  Map<String, List<Double>> stepCpu(int people, DoubleSupplier serverCpuMs) throws InterruptedException {
    Map<String, List<Double>> cpu = new ConcurrentHashMap<>();
    Recorder rec = new Recorder(new ConcurrentHashMap<>(), new AtomicLong(), new AtomicLong(), Collections.synchronizedList(new ArrayList<>()),
        new CpuMeter(serverCpuMs, cpu));
    Queue<StaffReport> some = new ConcurrentLinkedQueue<>();
    for (int i = 0; i < people && !pool.isEmpty(); i++) {
      some.add(pool.poll());
    }
    rec.meter().mark();
    new SurgeLoad(uris, password, some, List.of()).staff(Long.MAX_VALUE, false, rec, new ArrayList<>());
    for (String inboxUser : inboxUsers) {
      rec.meter().mark();
      inbox(inboxUser, Long.MAX_VALUE, rec, people);
    }
    if (rec.errors().get() > 0) {
      throw new IllegalStateException("a step failed while its CPU was measured: " + rec.samples());
    }
    return cpu;
  }

  private void inbox(String username, long end, Recorder rec) {
    inbox(username, end, rec, Integer.MAX_VALUE);
  }

  private void inbox(String username, long end, Recorder rec, int pages) {
    try {
      JsfClient browser = JsfClient.at(uris.apply("/")).build();
      if (!rec.record("login", username, browser.login(username, password), 3)) {
        return;
      }
      String role = username.endsWith("officer") ? "inbox, officer" : "inbox, director";
      for (int page = 0; page < pages && System.nanoTime() < end; page++) {
        rec.record(role, username, browser.get("/app/inbox.xhtml"), 1);
        pause(rec.meter() == null);
      }
    } catch (Exception e) {
      rec.error("inbox: " + e);
    }
  }

  private static Thread started(Runnable body) {
    Thread t = new Thread(body);
    t.start();
    return t;
  }

  private static void pause(boolean think) throws InterruptedException {
    if (think) {
      Thread.sleep(1000 + ThreadLocalRandom.current().nextLong(2000));
    }
  }

  private static void sleepUntil(long nanos) {
    long wait = (nanos - System.nanoTime()) / 1_000_000;
    if (wait > 0) {
      try {
        Thread.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** The server's CPU since the last mark, put down against a step (single-threaded use only). */
  private static final class CpuMeter {
    private final DoubleSupplier serverCpuMs;
    private final Map<String, List<Double>> perStep;
    private double marked;

    CpuMeter(DoubleSupplier serverCpuMs, Map<String, List<Double>> perStep) {
      this.serverCpuMs = serverCpuMs;
      this.perStep = perStep;
    }

    void mark() {
      marked = serverCpuMs.getAsDouble();
    }

    void charge(String step) {
      double now = serverCpuMs.getAsDouble();
      perStep.computeIfAbsent(step, k -> new ArrayList<>()).add(now - marked);
      marked = now;
    }
  }

  /** {@code meter} null in a surge; in a step-by-step measurement it charges each answer's server CPU to its step. */
  private record Recorder(Map<String, List<Double>> latencies, AtomicLong requests, AtomicLong errors, List<String> samples, CpuMeter meter) {
    boolean record(String step, String who, JsfClient.Answer answer, int httpRequests) {
      if (meter != null) {
        meter.charge(step);
      }
      requests.addAndGet(httpRequests);
      latencies.computeIfAbsent(step, k -> Collections.synchronizedList(new ArrayList<>())).add(answer.ms());
      if (answer.showsAnError()) {
        error(step + " (" + who + "): status " + answer.statusCode() + " " + excerpt(answer.body()));
        return false;
      }
      return true;
    }

    void error(String what) {
      errors.incrementAndGet();
      if (samples.size() < 10) {
        samples.add(what);
      }
    }

    private static String excerpt(String body) {
      int at = Math.max(Math.max(body.indexOf("ui-messages-error"), body.indexOf("<error>")), body.indexOf("<h1>"));
      return body.substring(Math.max(0, at), Math.min(body.length(), Math.max(0, at) + 300)).replaceAll("\\s+", " ");
    }
  }
}
