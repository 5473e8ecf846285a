package th.go.cdd.performance.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the server's CPU went during the surge, from a Flight Recorder recording of its execution samples
 * ({@code jdk.ExecutionSample}, Java code on a CPU): each sample is counted once under the first of these that its
 * stack shows, reading from the running method outwards:
 * <ul>
 *   <li><b>by library</b>: password hashing (PBKDF2), the PostgreSQL or H2 driver, EclipseLink, the Camunda engine
 *       (and its MyBatis), Faces and PrimeFaces (with Facelets and EL), CDI (Weld), the servlet container and HTTP
 *       (Grizzly, Catalina), the data grid, our own code, the JDK, other;
 *   <li><b>by request step</b>: the sign-in, the Faces phase (restore view, apply values, validate, update model,
 *       invoke the action, render), the database outside Faces, the job executor, other;
 * </ul>
 * and the methods most often running (self) and our own methods most often on the stack (inclusive).
 */
public final class CpuProfile {
  private static final Map<String, List<String>> LIBRARIES = new LinkedHashMap<>();

  static {
    LIBRARIES.put("password hashing (PBKDF2)", List.of("com.sun.crypto.provider.PBKDF2", "com.sun.crypto.provider.HmacCore", "sun.security.provider.SHA2",
        "sun.security.provider.DigestBase"));
    LIBRARIES.put("JDBC driver (PostgreSQL, H2)", List.of("org.postgresql.", "org.h2."));
    LIBRARIES.put("EclipseLink", List.of("org.eclipse.persistence."));
    LIBRARIES.put("Camunda engine (and MyBatis)", List.of("org.camunda.", "org.apache.ibatis."));
    LIBRARIES.put("Faces, PrimeFaces, Facelets, EL", List.of("com.sun.faces.", "jakarta.faces.", "org.primefaces.", "org.glassfish.expressly.",
        "com.sun.el.", "jakarta.el."));
    LIBRARIES.put("CDI (Weld)", List.of("org.jboss.weld."));
    LIBRARIES.put("servlet container, HTTP (Grizzly, Catalina)", List.of("org.glassfish.grizzly.", "org.apache.catalina.", "org.apache.coyote.",
        "com.sun.enterprise.web.", "org.glassfish.web."));
    LIBRARIES.put("data grid (Hazelcast)", List.of("com.hazelcast."));
    LIBRARIES.put("our code", List.of("th.go.cdd."));
  }

  private static final Map<String, String> STEPS = new LinkedHashMap<>();

  static {
    STEPS.put("com.sun.crypto.provider.PBKDF2", "sign-in: password hash");
    STEPS.put("th.go.cdd.performance.security.PersonIdentityStore", "sign-in: other");
    STEPS.put("com.sun.faces.lifecycle.RestoreViewPhase", "Faces: restore view");
    STEPS.put("com.sun.faces.lifecycle.ApplyRequestValuesPhase", "Faces: apply request values");
    STEPS.put("com.sun.faces.lifecycle.ProcessValidationsPhase", "Faces: validate");
    STEPS.put("com.sun.faces.lifecycle.UpdateModelValuesPhase", "Faces: update model");
    STEPS.put("com.sun.faces.lifecycle.InvokeApplicationPhase", "Faces: invoke the action");
    STEPS.put("com.sun.faces.lifecycle.RenderResponsePhase", "Faces: render");
    STEPS.put("org.camunda.bpm.engine.impl.jobexecutor.", "job executor");
    STEPS.put("org.glassfish.grizzly.", "HTTP and servlet filters (outside Faces)");
  }

  private CpuProfile() {}

  /** The summary of a recording, as Markdown. */
  static String summarize(Path recording) throws IOException {
    Map<String, Long> libraries = new HashMap<>();
    Map<String, Long> steps = new HashMap<>();
    Map<String, Long> self = new HashMap<>();
    Map<String, Long> ours = new HashMap<>();
    long samples = 0;
    for (RecordedEvent e : RecordingFile.readAllEvents(recording)) {
      if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
        continue;
      }
      samples++;
      RecordedStackTrace stack = e.getStackTrace();
      List<RecordedFrame> frames = stack.getFrames();
      if (!frames.isEmpty()) {
        self.merge(name(frames.get(0)), 1L, Long::sum);
      }
      libraries.merge(library(frames), 1L, Long::sum);
      steps.merge(step(frames), 1L, Long::sum);
      frames.stream().map(CpuProfile::name).filter(n -> n.startsWith("th.go.cdd.")).distinct().forEach(n -> ours.merge(n, 1L, Long::sum));
    }
    StringBuilder md = new StringBuilder();
    md.append(String.format("%d execution samples (Java code on a CPU; stacks %s).%n%n", samples,
        "truncated at the recording's stack depth, 64 frames by default, so a deep Faces request may fall under \"other\""));
    table(md, "by library (the first library from the running method outwards)", libraries, samples);
    table(md, "by request step (the first step on the stack from the running method outwards)", steps, samples);
    table(md, "methods running (self), top 25", top(self, 25), samples);
    table(md, "our methods on the stack (inclusive), top 25", top(ours, 25), samples);
    return md.toString();
  }

  private static String library(List<RecordedFrame> frames) {
    for (RecordedFrame f : frames) {
      String n = name(f);
      for (Map.Entry<String, List<String>> lib : LIBRARIES.entrySet()) {
        if (lib.getValue().stream().anyMatch(n::startsWith)) {
          return lib.getKey();
        }
      }
    }
    return frames.stream().map(CpuProfile::name).anyMatch(n -> n.startsWith("java.") || n.startsWith("jdk.") || n.startsWith("sun."))
        ? "JDK only" : "other";
  }

  private static String step(List<RecordedFrame> frames) {
    for (RecordedFrame f : frames) {
      String n = name(f);
      for (Map.Entry<String, String> s : STEPS.entrySet()) {
        if (n.startsWith(s.getKey())) {
          return s.getValue();
        }
      }
    }
    return "other";
  }

  private static String name(RecordedFrame f) {
    return f.getMethod() == null ? "?" : f.getMethod().getType().getName() + "." + f.getMethod().getName();
  }

  private static Map<String, Long> top(Map<String, Long> counts, int n) {
    return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(n)
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
  }

  private static void table(StringBuilder md, String title, Map<String, Long> counts, long samples) {
    md.append("**").append(title).append("**\n\n| | samples | share |\n|---|---:|---:|\n");
    Map<String, Long> sorted = counts instanceof LinkedHashMap ? counts : top(counts, counts.size());
    sorted.forEach((k, v) -> md.append("| ").append(k.replace("|", "/")).append(" | ").append(v).append(" | ")
        .append(String.format("%.1f %%", samples == 0 ? 0.0 : 100.0 * v / samples)).append(" |\n"));
    md.append('\n');
  }

  /** Prints the summary of a recording: {@code CpuProfile <file.jfr>}. */
  public static void main(String[] args) throws IOException {
    System.out.println(summarize(Path.of(args[0])));
  }
}
