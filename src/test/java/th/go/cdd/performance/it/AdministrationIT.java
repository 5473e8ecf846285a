package th.go.cdd.performance.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import th.go.cdd.performance.audit.AuditAction;
import th.go.cdd.performance.audit.AuditEntry;
import th.go.cdd.performance.audit.AuditFilter;
import th.go.cdd.performance.audit.AuditLog;
import th.go.cdd.performance.administration.DueDateExtension;
import th.go.cdd.performance.administration.ParticipationEnding;
import th.go.cdd.performance.administration.Substitutions;
import th.go.cdd.performance.administration.TaskReassignment;
import th.go.cdd.performance.approval.ApprovalService;
import th.go.cdd.performance.approval.BulkItem;
import th.go.cdd.performance.approval.BulkOutcome;
import th.go.cdd.performance.approval.BulkSigning;
import th.go.cdd.performance.approval.Decision;
import th.go.cdd.performance.approval.Inbox;
import th.go.cdd.performance.approval.InboxFilter;
import th.go.cdd.performance.approval.Signature;
import th.go.cdd.performance.approval.SignatureStep;
import th.go.cdd.performance.document.SummaryDocuments;
import th.go.cdd.performance.monitoring.HolderRole;
import th.go.cdd.performance.monitoring.OverdueFilter;
import th.go.cdd.performance.monitoring.ProcessTrail;
import th.go.cdd.performance.monitoring.ReportLine;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.roster.PersonMove;
import th.go.cdd.performance.people.Role;
import th.go.cdd.performance.people.Substitution;
import th.go.cdd.performance.people.WorkGroup;
import th.go.cdd.performance.program.Province;
import th.go.cdd.performance.program.ReportingRound;
import th.go.cdd.performance.report.CanonicalForm;
import th.go.cdd.performance.report.Report;
import th.go.cdd.performance.reminder.Reminders;
import th.go.cdd.performance.report.ReportStatus;
import th.go.cdd.performance.shared.ThaiDates;

/**
 * Administrators' and officers' acts in the real container on H2: reassigning, extending a due
 * date, ending a participation, substitutes, bulk signing, the audit log, and who may do each.
 */
@ExtendWith(ArquillianExtension.class)
class AdministrationIT {
  private static final String REASON = "ทดสอบเหตุผล";

  @Deployment
  static WebArchive deployment() {
    return Deployments.productWithFixture(AdministrationIT.class);
  }

  @EJB private ItFixture fixture;
  @EJB private ApprovalService approvals;
  @EJB private Inbox inbox;
  @EJB private TaskReassignment reassignment;
  @EJB private DueDateExtension extension;
  @EJB private ParticipationEnding participation;
  @EJB private Substitutions substitutions;
  @EJB private BulkSigning bulk;
  @EJB private AuditLog audit;
  @EJB private th.go.cdd.performance.roster.PersonMoves moves;
  @EJB private th.go.cdd.performance.monitoring.ReportLists lists;
  @EJB private Reminders reminders;
  @EJB private ProcessTrail trails;
  @EJB private SummaryDocuments summaries;
  @Inject private TaskService tasks;
  @Inject private ManagementService management;
  @Inject private HistoryService history;
  @Inject private RuntimeService runtime;
  @Resource private UserTransaction utx;
  @PersistenceContext private EntityManager em;

  private static String prefix() {
    return "a" + UUID.randomUUID().toString().substring(0, 8);
  }

  // ---------------------------------------------------------------- reassign

  @Test
  void anAdministratorReassignsADirectorTaskToAnotherDirectorOfTheProvinceWhoAloneSeesAndDecidesIt() {
    String p = prefix();
    ItFixture.Office o = fixture.createOffice(p, "50", 2);
    String admin = admin(p);
    String otherGroupDirector = director(p, "50", "g2-" + p);
    long id = o.reports().get(0);
    submit(o.staff().get(0), id);

    assertThatThrownBy(() -> reassignment.reassign(o.officer(), id, otherGroupDirector, REASON)).as("not an administrator").hasMessage("access.denied");
    assertThatThrownBy(() -> reassignment.reassign(admin, id, o.officer(), REASON)).as("an officer cannot take a director's step")
        .hasMessage("admin.reassign.notEligible");
    assertThatThrownBy(() -> reassignment.reassign(admin, id, otherGroupDirector, "  ")).hasMessage("admin.reasonRequired");
    assertThat(inbox.count(otherGroupDirector, InboxFilter.none())).isZero();

    reassignment.reassign(admin, id, otherGroupDirector, REASON);

    Report r = report(id);
    assertThat(r.getPendingAssignee()).isEqualTo(otherGroupDirector);
    assertThat(r.getPendingGroup()).isNull();
    assertThat(tasks.createTaskQuery().processInstanceId(r.getProcessInstanceId()).taskDefinitionKey("directorReview").singleResult().getAssignee())
        .isEqualTo(otherGroupDirector);
    assertThat(inbox.count(otherGroupDirector, InboxFilter.none())).isEqualTo(1);
    assertThat(inbox.count(o.director(), InboxFilter.none())).as("left the group's inbox").isZero();
    assertThatThrownBy(() -> approvals.decide(o.director(), id, seen(id), Decision.APPROVE, null)).hasMessage("task.claimedBy");
    assertThat(auditFor(admin, AuditAction.REASSIGN_TASK, o.staff().get(0))).singleElement().satisfies(a -> {
      assertThat(a.getReason()).isEqualTo(REASON);
      assertThat(a.getReportId()).isEqualTo(id);
      assertThat(a.getActorUsername()).isEqualTo(admin);
      assertThat(a.getProvinceCode()).isEqualTo("50");
    });

    approvals.decide(otherGroupDirector, id, seen(id), Decision.APPROVE, null);
    assertThat(report(id).getStatus()).isEqualTo(ReportStatus.WITH_OFFICER);
    assertThat(report(id).getPendingGroup()).as("the next step is the officers' again").isEqualTo(Person.officerGroup("50"));

    // all of a person's waiting tasks at once
    long second = o.reports().get(1);
    submit(o.staff().get(1), second);
    assertThat(reassignment.reassignAll(admin, o.director(), otherGroupDirector, REASON)).isEqualTo(1);
    assertThat(report(second).getPendingAssignee()).isEqualTo(otherGroupDirector);
    assertThatThrownBy(() -> reassignment.reassignAll(admin, o.director(), otherGroupDirector, REASON)).hasMessage("admin.reassign.nothing");
  }

  /**
   * Issue 16: the overdue list and the reminders are answered by one holders service. A director's
   * task given to the director of another group is held by that director alone: the overdue list
   * names them and the reminder goes to them, not to the report's own group.
   */
  @Test
  void aTaskReassignedToAnotherGroupsDirectorIsHeldByThemInTheOverdueListAndInTheReminders() {
    String p = prefix();
    ItFixture.Office o = fixture.createOffice(p, "50", 1);
    String admin = admin(p);
    String otherGroupDirector = director(p, "50", "g2-" + p);
    long id = o.reports().get(0);
    submit(o.staff().get(0), id);
    reassignment.reassign(admin, id, otherGroupDirector, REASON);
    inTransaction(() -> em.createQuery("update Report r set r.dueDate = :d where r.id = :id")
        .setParameter("d", LocalDate.now(ThaiDates.BANGKOK).minusDays(3)).setParameter("id", id).executeUpdate());

    long programId = inTransaction(() -> em.find(Report.class, id).getRound().getProgram().getId());
    List<ReportLine> late = lists.overdue(admin, new OverdueFilter(programId, 1, "50", null, p), 0, 50, null, true);
    assertThat(late).singleElement().satisfies(line -> {
      assertThat(line.holder().role()).isEqualTo(HolderRole.DIRECTOR);
      assertThat(line.holder().names()).isEqualTo(person(otherGroupDirector).getDisplayName());
    });

    reminders.nudgeProvince(admin, "50");
    List<String> reminded = inTransaction(() -> em.createQuery("select m.recipient from ReminderMessage m where m.report.id = :id",
        String.class).setParameter("id", id).getResultList());
    assertThat(reminded).as("the reminder goes to the director the overdue list names").containsExactly(otherGroupDirector);
  }

  /** Issue 16: the inbox's round filter offers the rounds of the program data. */
  @Test
  void theInboxRoundFilterOffersTheRoundsTheProgramDefines() {
    String p = prefix();
    ItFixture.Office o = fixture.createOffice(p, "50", 1);
    String admin = admin(p);
    long id = o.reports().get(0);
    List<Integer> programRounds = inTransaction(() -> em.find(Report.class, id).getRound().getProgram().getRounds().stream()
        .map(ReportingRound::getNumber).sorted().toList());
    assertThat(programRounds).isNotEmpty();

    assertThat(inbox.roundNumbers(o.staff().get(0))).as("the staff member's program").containsExactlyElementsOf(programRounds);
    assertThat(inbox.roundNumbers(admin)).as("every program's").containsAll(programRounds).isSorted().doesNotHaveDuplicates();
  }

  // ---------------------------------------------------------------- extend

  @Test
  void extendingAProvincesDueDateMovesTheReportsAndShiftsTheirTimersAndClearsOverdue() {
    String p = prefix();
    ItFixture.Office o = fixture.createOffice(p, "50", 2);
    String admin = admin(p);
    String foreignOfficer = officer(p + ".x", "57");
    long onTime = o.reports().get(0);
    long late = o.reports().get(1);
    String latePid = report(late).getProcessInstanceId();
    management.executeJob(timer(latePid, "dueDatePassed").getId());
    assertThat(report(late).isOverdue()).isTrue();
    Job before = timer(report(onTime).getProcessInstanceId(), "dueDatePassed");
    LocalDate oldDue = report(onTime).getDueDate();
    LocalDate newDue = oldDue.plusDays(10);
    long roundId = report(onTime).getRound().getId();

    assertThatThrownBy(() -> extension.extendForProvince(foreignOfficer, roundId, "50", newDue, REASON)).hasMessage("access.denied");
    assertThatThrownBy(() -> extension.extendForPerson(foreignOfficer, roundId, o.staff().get(0), newDue, REASON)).hasMessage("access.denied");
    assertThatThrownBy(() -> extension.extendForProvince(o.director(), roundId, "50", newDue, REASON)).hasMessage("access.denied");

    assertThat(extension.extendForProvince(admin, roundId, "50", newDue, REASON)).isEqualTo(2);

    assertThat(report(onTime).getDueDate()).isEqualTo(newDue);
    Job after = timer(report(onTime).getProcessInstanceId(), "dueDatePassed");
    assertThat(Duration.between(before.getDuedate().toInstant(), after.getDuedate().toInstant())).isEqualTo(Duration.ofDays(10));
    Report lateNow = report(late);
    assertThat(lateNow.getDueDate()).isEqualTo(newDue);
    assertThat(lateNow.isOverdue()).as("the new due date is in the future").isFalse();
    assertThat(timer(latePid, "extendedDueDatePassed").getDuedate().toInstant())
        .as("a new overdue timer at the day after the new due date")
        .isEqualTo(newDue.plusDays(1).atStartOfDay(ThaiDates.BANGKOK).toInstant());
    List<AuditEntry> entries = auditFor(admin, AuditAction.EXTEND_DUE_DATE, p);
    assertThat(entries).allSatisfy(a -> assertThat(a.getReason()).isEqualTo(REASON));
    assertThat(entries).filteredOn(a -> a.getReportId() != null).extracting(AuditEntry::getReportId).containsExactlyInAnyOrder(onTime, late);
    assertThat(entries).filteredOn(a -> a.getReportId() == null).as("kept for reports still to open in the province").singleElement()
        .satisfies(a -> assertThat(a.getProvinceCode()).isEqualTo("50"));

    // the officer of the province may extend one person's report further; the timers follow again
    extension.extendForPerson(o.officer(), roundId, o.staff().get(0), newDue.plusDays(5), REASON);
    assertThat(Duration.between(before.getDuedate().toInstant(), timer(report(onTime).getProcessInstanceId(), "dueDatePassed").getDuedate().toInstant()))
        .isEqualTo(Duration.ofDays(15));
    assertThat(report(late).getDueDate()).isEqualTo(newDue);
    assertThatThrownBy(() -> extension.extendForPerson(o.officer(), roundId, o.staff().get(0), newDue, REASON))
        .as("an extension never shortens").hasMessage("admin.extend.nothing");
  }

  @Test
  void anExtensionOfARoundNotYetOpenIsKeptAndTheReportsOpenWithTheExtendedDate() {
    String p = prefix();
    ItFixture.Office o = fixture.createOffice(p, "50", 1);
    String admin = admin(p);
    Long staffId = report(o.reports().get(0)).getStaff().getId();
    ReportingRound second = inTransaction(() -> em.createQuery("select r from ReportingRound r where r.program.code = :c and r.number = 2",
        ReportingRound.class).setParameter("c", o.programCode()).getSingleResult());
    LocalDate newDue = second.getDueDate().plusDays(7);

    assertThat(extension.extendForProvince(admin, second.getId(), "50", newDue, REASON)).as("no report open yet").isZero();

    String pid = runtime.createProcessInstanceQuery().processDefinitionKey("roundReport").variableValueEquals("roundId", second.getId())
        .variableValueEquals("staffId", staffId).singleResult().getId();
    management.executeJob(timer(pid, "roundOpens").getId());
    Report opened = inTransaction(() -> em.createQuery("select r from Report r where r.processInstanceId = :pid", Report.class)
        .setParameter("pid", pid).getSingleResult());
    assertThat(opened.getDueDate()).isEqualTo(newDue);
    assertThat(timer(pid, "dueDatePassed").getDuedate().toInstant()).isEqualTo(newDue.plusDays(1).atStartOfDay(ThaiDates.BANGKOK).toInstant());
    assertThat(auditFor(admin, AuditAction.EXTEND_DUE_DATE, p)).singleElement().satisfies(a -> assertThat(a.getRoundId()).isEqualTo(second.getId()));
  }

  // ---------------------------------------------------------------- end participation

  @Test
  void endingAParticipationEndsTheProgramWithdrawsOpenReportsAndIsAudited() {
    String p = prefix();
    ItFixture.Office o = fixture.createOffice(p, "50", 2);
    String admin = admin(p);
    String leaving = o.staff().get(0);
    long id = o.reports().get(0);
    submit(leaving, id);
    String roundPid = report(id).getProcessInstanceId();
    assertThat(inbox.count(o.director(), InboxFilter.none())).isEqualTo(1);
    LocalDate today = LocalDate.now(ThaiDates.BANGKOK);
    inTransaction(() -> em.createQuery("update Report r set r.overdue = true where r.id = :id").setParameter("id", id).executeUpdate());
    InboxFilter overdueOnly = new InboxFilter(null, null, null, true, false);
    assertThat(inbox.count(leaving, overdueOnly)).isEqualTo(1);

    assertThatThrownBy(() -> participation.end(o.officer(), leaving, today, REASON)).hasMessage("access.denied");
    assertThatThrownBy(() -> participation.end(admin, leaving, today.plusDays(3), REASON)).hasMessage("admin.participation.future");
    assertThatThrownBy(() -> participation.end(admin, o.director(), today, REASON)).hasMessage("admin.participation.notStaff");

    assertThat(participation.end(admin, leaving, today, REASON)).isEqualTo(1);

    Report withdrawn = report(id);
    assertThat(withdrawn.getStatus()).isEqualTo(ReportStatus.WITHDRAWN);
    assertThat(withdrawn.getPendingGroup()).isNull();
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(roundPid).finished().count()).isEqualTo(1);
    Long staffId = withdrawn.getStaff().getId();
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("staffProgram").variableValueEquals("staffId", staffId).count()).isZero();
    assertThat(history.createHistoricActivityInstanceQuery().activityId("programEndedEarly").finished().list())
        .anySatisfy(a -> assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(a.getProcessInstanceId()).singleResult()
            .getBusinessKey()).endsWith("-staff-" + staffId));
    assertThat(tasks.createTaskQuery().taskAssignee(leaving).count()).as("no task left for the leaver").isZero();
    assertThat(inbox.count(o.director(), InboxFilter.none())).isZero();
    assertThat(inbox.count(leaving, InboxFilter.none())).as("the withdrawn report stays in the staff member's list").isEqualTo(1);
    assertThat(inbox.count(leaving, overdueOnly)).as("issue 16: a withdrawn report is not overdue").isZero();
    assertThat(person(leaving).getParticipationEnd()).isEqualTo(today);
    assertThat(report(o.reports().get(1)).getStatus()).as("colleague unaffected").isEqualTo(ReportStatus.DRAFT);
    assertThat(auditFor(admin, AuditAction.END_PARTICIPATION, leaving)).singleElement()
        .satisfies(a -> assertThat(a.getPersonUsername()).isEqualTo(leaving));
    assertThatThrownBy(() -> participation.end(admin, leaving, today, REASON)).hasMessage("admin.participation.alreadyEnded");
  }

  // ---------------------------------------------------------------- substitutes

  @Test
  void aSubstituteActsForThePrincipalOnlyDuringTheRangeAndTheSignatureRecordsOnWhoseBehalf() {
    String p = prefix();
    ItFixture.Office o = fixture.createOffice(p, "50", 2);
    String substitute = director(p, "50", "g2-" + p);
    String foreignDirector = director(p + ".x", "57", "g3-" + p);
    long id = o.reports().get(0);
    submit(o.staff().get(0), id);
    LocalDate today = LocalDate.now(ThaiDates.BANGKOK);

    assertThatThrownBy(() -> substitutions.name(o.director(), o.director(), o.officer(), today, today.plusDays(3), REASON))
        .as("an officer does not stand in for a director").hasMessage("substitute.notEligible");
    assertThatThrownBy(() -> substitutions.name(o.director(), o.director(), foreignDirector, today, today.plusDays(3), REASON))
        .as("another province").hasMessage("substitute.notEligible");
    assertThatThrownBy(() -> substitutions.name(substitute, o.director(), substitute, today, today.plusDays(3), REASON))
        .as("only the principal or an administrator").hasMessage("access.denied");

    Substitution later = substitutions.name(o.director(), o.director(), substitute, today.plusDays(3), today.plusDays(10), REASON);
    assertThat(inbox.count(substitute, InboxFilter.none())).as("not yet in range").isZero();
    assertThatThrownBy(() -> approvals.decide(substitute, id, seen(id), Decision.APPROVE, null)).hasMessage("access.denied");
    assertThatThrownBy(() -> substitutions.name(o.director(), o.director(), substitute, today, today.plusDays(5), REASON))
        .hasMessage("substitute.overlaps");
    substitutions.cancel(o.director(), later.getId(), REASON);

    substitutions.name(o.director(), o.director(), substitute, today, today.plusDays(5), REASON);
    assertThat(inbox.count(substitute, InboxFilter.none())).isEqualTo(1);
    assertThat(substitutions.standingInFor(substitute)).extracting(x -> x.getPrincipal().getUsername()).containsExactly(o.director());
    Signature s = approvals.decide(substitute, id, seen(id), Decision.APPROVE, null);

    assertThat(report(id).getStatus()).isEqualTo(ReportStatus.WITH_OFFICER);
    Signature stored = approvals.history(o.officer(), id).stream().filter(x -> x.getStep() == SignatureStep.DIRECTOR).findFirst().orElseThrow();
    assertThat(stored.getSigner().getUsername()).isEqualTo(substitute);
    assertThat(stored.getOnBehalfOf().getUsername()).isEqualTo(o.director());
    assertThat(CanonicalForm.signatureHash(stored.getSubmission().getCanonicalForm(), stored.getPreviousHash(), "DIRECTOR", "APPROVE", substitute,
        o.director(), stored.getSignedAt().toString(), stored.getComment())).as("the hash covers on whose behalf").isEqualTo(stored.getHash());
    assertThat(CanonicalForm.signatureHash(stored.getSubmission().getCanonicalForm(), stored.getPreviousHash(), "DIRECTOR", "APPROVE", substitute,
        stored.getSignedAt().toString(), stored.getComment())).isNotEqualTo(stored.getHash());
    assertThat(s.getHash()).isEqualTo(stored.getHash());

    // a group director stands in for the provincial officer, but not on a report they approved themselves
    substitutions.name(o.officer(), o.officer(), substitute, today, today, REASON);
    assertThat(approvals.actionableStep(substitute, report(id))).isEqualTo(SignatureStep.OFFICER);
    assertThatThrownBy(() -> approvals.decide(substitute, id, seen(id), Decision.SIGN, null)).hasMessage("approval.sameSigner");
    long other = o.reports().get(1);
    submit(o.staff().get(1), other);
    approvals.decide(o.director(), other, seen(other), Decision.APPROVE, null);
    assertThat(bulk.candidates(substitute)).extracting(BulkItem::reportId).contains(id, other);
    Signature acting = approvals.decide(substitute, other, seen(other), Decision.SIGN, null);
    assertThat(acting.getStep()).isEqualTo(SignatureStep.OFFICER);
    assertThat(report(other).getStatus()).isEqualTo(ReportStatus.SIGNED);
    assertThat(approvals.history(o.officer(), other).get(approvals.history(o.officer(), other).size() - 1).getOnBehalfOf().getUsername())
        .isEqualTo(o.officer());

    String admin = admin(p);
    assertThat(audit.count(admin, new AuditFilter(AuditAction.NAME_SUBSTITUTE, o.director(), "50", null, null, p))).isEqualTo(2);
    assertThat(audit.count(admin, new AuditFilter(AuditAction.NAME_SUBSTITUTE, o.officer(), "50", null, null, p))).isEqualTo(1);
    assertThat(audit.count(admin, new AuditFilter(AuditAction.CANCEL_SUBSTITUTE, o.director(), "50", null, null, p))).isEqualTo(1);
  }

  /**
   * Issue 16: a substitute sees what their principal sees everywhere, also the process trail and the
   * printed summary: an acting group director (for the director of another group) and an acting
   * officer (a director standing in for the provincial officer).
   */
  @Test
  void anActingDirectorOrOfficerOpensTheTrailAndTheSummaryOfTheirPrincipalsReport() {
    String p = prefix();
    ItFixture.Office o = fixture.createOffice(p, "50", 1);
    String actingDirector = director(p, "50", "g2-" + p);
    String actingOfficer = director(p, "50", "g3-" + p);
    long id = o.reports().get(0);
    submit(o.staff().get(0), id);
    LocalDate today = LocalDate.now(ThaiDates.BANGKOK);
    assertThatThrownBy(() -> trails.of(actingDirector, id)).as("not standing in yet").hasMessage("access.denied");
    assertThatThrownBy(() -> summaries.summary(actingDirector, id, false)).as("not standing in yet").hasMessage("access.denied");

    substitutions.name(o.director(), o.director(), actingDirector, today, today.plusDays(5), REASON);
    substitutions.name(o.officer(), o.officer(), actingOfficer, today, today.plusDays(5), REASON);

    for (String acting : List.of(actingDirector, actingOfficer)) {
      ProcessTrail.Trail trail = trails.of(acting, id);
      assertThat(trail.active()).as(acting).contains("directorReview");
      assertThat(trail.steps()).as(acting).isNotEmpty();
      byte[] pdf = summaries.summary(acting, id, false);
      assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).as(acting).isEqualTo("%PDF-");
    }
  }

  /**
   * A substitution runs for up to a year; if the roster moves the substitute to another province
   * meanwhile, the rights end with the move (the inbox, the decision), and the substitution is
   * ended and audited on behalf of whoever recorded the move. Before, only its dates were checked,
   * so the moved director could still sign the first province's reports.
   */
  @Test
  void aSubstitutionGivesNoRightsOnceTheRosterMovesTheSubstituteToAnotherProvinceAndEndsAudited() {
    String p = prefix();
    ItFixture.Office o = fixture.createOffice(p, "50", 1);
    String substitute = director(p, "50", "g2-" + p);
    String admin = admin(p);
    long id = o.reports().get(0);
    submit(o.staff().get(0), id);
    LocalDate today = LocalDate.now(ThaiDates.BANGKOK);
    substitutions.name(o.director(), o.director(), substitute, today, today.plusDays(200), REASON);
    assertThat(inbox.count(substitute, InboxFilter.none())).as("standing in, before the move").isEqualTo(1);

    inTransaction(() -> {
      Person moved = em.createNamedQuery("Person.findByUsername", Person.class).setParameter("username", substitute).getSingleResult();
      Province to = em.find(Province.class, "57");
      WorkGroup group = new WorkGroup(to, "g-moved-" + p, "กลุ่มงานใหม่");
      em.persist(group);
      PersonMove move = new PersonMove(moved, moved.getProvince(), moved.getWorkGroup(), to, group, today, java.time.Instant.now(), admin);
      em.persist(move);
      moves.apply(move);
      return null;
    });

    assertThat(inbox.count(substitute, InboxFilter.none())).as("moved to 57: no longer the director's tasks").isZero();
    assertThatThrownBy(() -> approvals.decide(substitute, id, seen(id), Decision.APPROVE, null)).hasMessage("access.denied");
    assertThat(substitutions.standingInFor(substitute)).as("ended").isEmpty();
    assertThat(audit.count(admin, new AuditFilter(AuditAction.CANCEL_SUBSTITUTE, admin, "50", null, null, p))).as("audited").isEqualTo(1);
    approvals.decide(o.director(), id, seen(id), Decision.APPROVE, null);
    assertThat(report(id).getStatus()).as("the principal still acts").isEqualTo(ReportStatus.WITH_OFFICER);
  }

  // ---------------------------------------------------------------- bulk sign

  @Test
  void anOfficerSignsManyReportsEachInItsOwnTransactionAndOneSignedMeanwhileIsReportedAlone() {
    String p = prefix();
    int n = 4;
    ItFixture.Office o = fixture.createOffice(p, "50", n);
    String secondOfficer = officer(p + ".officer2", "50");
    String foreignOfficer = officer(p + ".x", "57");
    for (int i = 0; i < n; i++) {
      long id = o.reports().get(i);
      submit(o.staff().get(i), id);
      approvals.decide(o.director(), id, seen(id), Decision.APPROVE, null);
    }
    List<BulkItem> list = bulk.candidates(o.officer()).stream().filter(b -> o.reports().contains(b.reportId())).toList();
    assertThat(list).hasSize(n);
    assertThat(bulk.candidates(foreignOfficer)).noneMatch(b -> o.reports().contains(b.reportId()));
    assertThatThrownBy(() -> bulk.candidates(o.director())).hasMessage("access.denied");

    assertThat(bulk.sign(foreignOfficer, list)).as("another province's officer signs nothing")
        .allSatisfy(out -> assertThat(out.messageKey()).isEqualTo("access.denied"));
    long taken = o.reports().get(0);
    approvals.decide(secondOfficer, taken, seen(taken), Decision.SIGN, null);

    List<BulkOutcome> outcomes = bulk.sign(o.officer(), list);

    assertThat(outcomes).filteredOn(BulkOutcome::signed).hasSize(n - 1);
    assertThat(outcomes).filteredOn(out -> !out.signed()).singleElement().satisfies(out -> {
      assertThat(out.reportId()).isEqualTo(taken);
      assertThat(out.messageKey()).isEqualTo("task.alreadyHandledBy");
      assertThat(out.args()[0]).isEqualTo(person(secondOfficer).getDisplayName());
    });
    for (long id : o.reports()) {
      assertThat(report(id).getStatus()).isEqualTo(ReportStatus.SIGNED);
      List<Signature> officerSignatures = approvals.history(o.officer(), id).stream().filter(s -> s.getStep() == SignatureStep.OFFICER).toList();
      assertThat(officerSignatures).hasSize(1);
      assertThat(officerSignatures.get(0).getSigner().getUsername()).isEqualTo(id == taken ? secondOfficer : o.officer());
    }
    assertThat(o.reports().stream().map(id -> officerHash(id)).distinct().count()).as("each its own hash").isEqualTo(n);
  }

  // ---------------------------------------------------------------- audit access

  @Test
  void theAuditLogIsForAdministratorsAndForAnOfficerOnlyAboutTheirProvince() {
    String p = prefix();
    ItFixture.Office o = fixture.createOffice(p, "50", 1);
    String admin = admin(p);
    String foreignOfficer = officer(p + ".x", "57");
    long id = o.reports().get(0);
    extension.extendForProvince(admin, report(id).getRound().getId(), "50", report(id).getDueDate().plusDays(3), REASON);
    AuditFilter mine = new AuditFilter(null, null, null, null, null, p);

    // one entry for the report, one for the reports of the province still to open
    assertThat(audit.count(admin, mine)).isEqualTo(2);
    assertThat(audit.count(o.officer(), mine)).isEqualTo(2);
    assertThat(audit.search(o.officer(), mine, 0, 10, "at", false)).hasSize(2)
        .allSatisfy(a -> assertThat(a.getAction()).isEqualTo(AuditAction.EXTEND_DUE_DATE));
    assertThat(audit.count(foreignOfficer, mine)).as("another province's officer sees none of it").isZero();
    assertThatThrownBy(() -> audit.search(foreignOfficer, mine.withProvince("50"), 0, 10, "at", false)).hasMessage("access.denied");
    assertThatThrownBy(() -> audit.count(o.director(), mine)).hasMessage("access.denied");
    assertThatThrownBy(() -> audit.count(o.staff().get(0), mine)).hasMessage("access.denied");
    LocalDate today = LocalDate.now(ThaiDates.BANGKOK);
    assertThat(audit.count(admin, new AuditFilter(AuditAction.EXTEND_DUE_DATE, admin, "50", today, today, p))).isEqualTo(2);
    assertThat(audit.count(admin, new AuditFilter(AuditAction.REASSIGN_TASK, null, null, null, null, p))).isZero();
    assertThat(audit.count(admin, new AuditFilter(null, null, null, today.plusDays(1), null, p))).isZero();
  }

  // ---------------------------------------------------------------- helpers

  private List<AuditEntry> auditFor(String admin, AuditAction action, String text) {
    return audit.search(admin, new AuditFilter(action, null, null, null, null, text), 0, 100, "at", true);
  }

  private String officerHash(long id) {
    return approvals.history(o(id), id).stream().filter(s -> s.getStep() == SignatureStep.OFFICER).findFirst().orElseThrow().getHash();
  }

  private String o(long reportId) {
    return report(reportId).getStaff().getUsername();
  }

  private void submit(String staff, long id) {
    fixture.fillAllKpis(staff, id);
    approvals.submit(staff, id);
  }

  private int seen(long id) {
    return report(id).getSubmissionCount();
  }

  private Job timer(String pid, String activityId) {
    return management.createJobQuery().processInstanceId(pid).activityId(activityId).timers().singleResult();
  }

  private Report report(long id) {
    return inTransaction(() -> em.find(Report.class, id));
  }

  private Person person(String username) {
    return inTransaction(() -> em.createNamedQuery("Person.findByUsername", Person.class).setParameter("username", username).getSingleResult());
  }

  private String admin(String prefix) {
    return newPerson(prefix + ".admin", Role.ADMIN, null, null);
  }

  private String officer(String username, String provinceCode) {
    return newPerson(username, Role.OFFICER, provinceCode, null);
  }

  /** A group director of a new group in the province. */
  private String director(String prefix, String provinceCode, String groupCode) {
    return newPerson(prefix + ".director-" + groupCode, Role.DIRECTOR, provinceCode, groupCode);
  }

  private String newPerson(String username, Role role, String provinceCode, String groupCode) {
    return inTransaction(() -> {
      Person person = new Person(username, "not-used", role, "นาย", "ทดสอบ" + username, "ผู้ดูแล");
      Province province = provinceCode == null ? null : em.find(Province.class, provinceCode);
      WorkGroup group = null;
      if (groupCode != null) {
        group = new WorkGroup(province, groupCode, "กลุ่มงาน " + groupCode);
        em.persist(group);
      }
      person.placeIn(province, group, role.name());
      em.persist(person);
      return username;
    });
  }

  private <T> T inTransaction(Callable<T> work) {
    return Tx.inTx(utx, work);
  }
}
