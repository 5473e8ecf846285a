package th.go.cdd.performance.circular;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import th.go.cdd.performance.access.AccessPolicy;
import th.go.cdd.performance.people.People;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.program.Program;
import th.go.cdd.performance.shared.BusinessException;
import th.go.cdd.performance.shared.ThaiDates;

/**
 * The staff member's tasks of the program process: acknowledging the circular and checking in to
 * the orientation. Completing one records it (acknowledgement, check-in) in the same transaction as
 * the task, so the attendance report and the process never disagree. The check-in window opens on
 * the orientation day; the process's timer closes it at the end of that day.
 */
@Stateless
public class ProgramTasks {
  @PersistenceContext private EntityManager em;
  @Inject private TaskService tasks;
  @Inject private People people;
  @Inject private Clock clock;

  public List<ProgramTask> of(String username) {
    return tasks.createTaskQuery().processDefinitionKey("staffProgram").taskAssignee(username)
        .orderByTaskCreateTime().asc().list().stream().map(this::describe).toList();
  }

  private ProgramTask describe(Task t) {
    long programId = ((Number) tasks.getVariable(t.getId(), "programId")).longValue();
    Program p = em.find(Program.class, programId);
    List<ProgramTask.FileLink> files = em.createNamedQuery("CircularAttachment.findByProgram", CircularAttachment.class)
        .setParameter("program", p).getResultList().stream()
        .map(a -> new ProgramTask.FileLink(a.getId(), a.getFileName(), a.getSize())).toList();
    List<AgendaText.Line> agenda = em.createNamedQuery("AgendaItem.findByProgram", AgendaItem.class)
        .setParameter("program", p).getResultList().stream().map(AgendaItem::line).toList();
    return new ProgramTask(t.getId(), t.getTaskDefinitionKey(), programId, p.getCircularNo(), p.getCircularDate(),
        p.getCircularSubject(), p.getIssuer(), p.getReferenceLetter(), files, p.getOrientationDate(), p.getOrientationLink(), agenda);
  }

  /**
   * A provincial officer checks in (officers attend with their staff but have no process of their
   * own): only on the orientation day, once, and only to a program their province is part of.
   */
  public void checkInOfficer(String username, long programId) {
    Program program = em.find(Program.class, programId);
    Person me = AccessPolicy.requireOfficerIn(people.byUsername(username), program);
    LocalDate today = LocalDate.now(clock.withZone(ThaiDates.BANGKOK));
    if (program.getOrientationDate() == null || !today.equals(program.getOrientationDate())) {
      throw new BusinessException("orientation.notToday",
          program.getOrientationDate() == null ? "-" : ThaiDates.format(program.getOrientationDate()));
    }
    if (hasCheckedIn(me, program)) {
      throw new BusinessException("task.alreadyHandled");
    }
    em.persist(new OrientationCheckIn(program, me, clock.instant()));
  }

  public boolean hasCheckedIn(String username, long programId) {
    Program program = em.find(Program.class, programId);
    return program != null && hasCheckedIn(people.byUsername(username), program);
  }

  private boolean hasCheckedIn(Person person, Program program) {
    return em.createNamedQuery("OrientationCheckIn.countByProgramAndPerson", Long.class)
        .setParameter("program", program).setParameter("person", person).getSingleResult() > 0;
  }

  public void complete(String username, String taskId) {
    Task task = tasks.createTaskQuery().taskId(taskId).taskAssignee(username).processDefinitionKey("staffProgram").singleResult();
    if (task == null) {
      throw new BusinessException("task.alreadyHandled");
    }
    Person me = people.byUsername(username);
    Program program = em.find(Program.class, ((Number) tasks.getVariable(taskId, "programId")).longValue());
    if (ProgramTask.CHECK_IN.equals(task.getTaskDefinitionKey())) {
      LocalDate today = LocalDate.now(clock.withZone(ThaiDates.BANGKOK));
      if (program.getOrientationDate() != null && today.isBefore(program.getOrientationDate())) {
        throw new BusinessException("orientation.notYet", ThaiDates.format(program.getOrientationDate()));
      }
      em.persist(new OrientationCheckIn(program, me, clock.instant()));
    } else if (ProgramTask.ACKNOWLEDGE.equals(task.getTaskDefinitionKey())) {
      em.persist(new CircularAcknowledgement(program, me, clock.instant()));
    }
    tasks.complete(task.getId());
  }
}
