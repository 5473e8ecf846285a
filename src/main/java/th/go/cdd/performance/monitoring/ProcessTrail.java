package th.go.cdd.performance.monitoring;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import th.go.cdd.performance.people.Duties;
import th.go.cdd.performance.people.People;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.report.Report;
import th.go.cdd.performance.access.AccessPolicy;

/**
 * Where a report's process stands, for the diagram: the BPMN model it runs on, the elements it
 * waits at now, those it has passed, and the history of who held each step and when. Only for a
 * user who may see the report (a substitute as their principal would).
 */
@Stateless
public class ProcessTrail {
  private static final Map<String, String> MODELS = new ConcurrentHashMap<>();
  @PersistenceContext private EntityManager em;
  @Inject private People people;
  @Inject private Duties duties;
  @Inject private HistoryService history;
  @Inject private RepositoryService repository;

  /** The model's definition id (its XML is {@link #model}), the active and the passed element ids, and the steps in order. */
  public record Trail(String definitionId, Set<String> active, Set<String> passed, List<TrailStep> steps) {
    public String getDefinitionId() { return definitionId; }
    public String getActiveIds() { return String.join(",", active); }
    public String getPassedIds() { return String.join(",", passed); }
    public List<TrailStep> getSteps() { return steps; }
  }

  public Trail of(String username, long reportId) {
    Person user = people.byUsername(username);
    return of(user, duties.principalsOf(user), em.find(Report.class, reportId));
  }

  /**
   * The trail for a user already looked up with the principals they stand in for today (the report
   * page reads these once per request); the access check is made again here, without a query.
   */
  public Trail of(Person user, List<Person> principals, Report report) {
    AccessPolicy.requireSee(user, report, principals);
    String pid = report.getProcessInstanceId();
    List<HistoricActivityInstance> activities = pid == null ? List.of()
        : history.createHistoricActivityInstanceQuery().processInstanceId(pid)
            .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list();
    if (activities.isEmpty()) {
      return new Trail(null, Set.of(), Set.of(), List.of());
    }
    Set<String> active = new LinkedHashSet<>();
    Set<String> passed = new LinkedHashSet<>();
    List<TrailStep> steps = new ArrayList<>();
    for (HistoricActivityInstance a : activities) {
      (a.getEndTime() == null ? active : passed).add(a.getActivityId());
      if (a.getActivityName() != null) {
        steps.add(new TrailStep(a.getActivityId(), a.getActivityName(), a.getAssignee(),
            a.getStartTime().toInstant(), a.getEndTime() == null ? null : a.getEndTime().toInstant()));
      }
    }
    passed.removeAll(active);
    steps = withNames(steps);
    return new Trail(activities.get(0).getProcessDefinitionId(), active, passed, steps); // every activity runs on the same definition
  }

  /** Shows who held each step by name rather than by user name. */
  private List<TrailStep> withNames(List<TrailStep> steps) {
    Set<String> usernames = new LinkedHashSet<>();
    steps.stream().map(TrailStep::assignee).filter(Objects::nonNull).forEach(usernames::add);
    if (usernames.isEmpty()) {
      return steps;
    }
    Map<String, String> names = new HashMap<>();
    em.createQuery("select p from Person p where p.username in :names", Person.class)
        .setParameter("names", usernames).getResultList()
        .forEach(p -> names.put(p.getUsername(), p.getDisplayName()));
    return steps.stream().map(s -> s.assignee() == null ? s
        : new TrailStep(s.activityId(), s.activityName(), names.getOrDefault(s.assignee(), s.assignee()), s.started(), s.ended())).toList();
  }

  /**
   * A deployed model's BPMN XML, or null for an id that is not deployed. A deployed definition never
   * changes, so its XML is read once and shared by every page that shows it. A model is the same for
   * every report of its process and holds no personal data.
   */
  public String model(String definitionId) {
    String known = MODELS.get(definitionId);
    if (known != null || repository.createProcessDefinitionQuery().processDefinitionId(definitionId).count() == 0) {
      return known;
    }
    return MODELS.computeIfAbsent(definitionId, id -> {
      try (InputStream in = repository.getProcessModel(id)) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
