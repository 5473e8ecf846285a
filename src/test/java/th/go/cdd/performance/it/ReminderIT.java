package th.go.cdd.performance.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.people.Role;
import th.go.cdd.performance.reminder.DeliveryStatus;
import th.go.cdd.performance.reminder.Outbox;
import th.go.cdd.performance.reminder.ReminderKind;
import th.go.cdd.performance.reminder.ReminderMessage;
import th.go.cdd.performance.reminder.ReminderOutcome;
import th.go.cdd.performance.reminder.Reminders;
import th.go.cdd.performance.approval.ApprovalService;
import th.go.cdd.performance.report.Report;
import th.go.cdd.performance.report.ReportStatus;
import th.go.cdd.performance.shared.BusinessException;
import th.go.cdd.performance.shared.ThaiDates;

/**
 * Reminders in the real container with a real SMTP server: GreenMail runs inside the Payara JVM on
 * the port the IT mail session (post-boot-it-*.txt) points at. Time is moved with the engine's
 * clock (the job executor is off in ITs, so only the jobs run here fire), and reset after each test.
 */
@ExtendWith(ArquillianExtension.class)
class ReminderIT {
  static final int SMTP_PORT = 3925;
  private static GreenMail smtp;

  @Deployment
  static WebArchive deployment() {
    return Deployments.productWithFixture(ReminderIT.class);
  }

  @EJB private ItFixture fixture;
  @EJB private Reminders reminders;
  @EJB private Outbox outbox;
  @EJB private ApprovalService approvals;
  @Inject private ManagementService management;
  @Resource private UserTransaction utx;
  @PersistenceContext private EntityManager em;

  @BeforeEach
  void smtpRunsAndTimeIsNow() {
    ClockUtil.reset();
    startSmtp();
  }

  @AfterEach
  void resetTime() {
    ClockUtil.reset();
  }

  private static synchronized void startSmtp() {
    if (smtp == null) {
      smtp = new GreenMail(new ServerSetup(SMTP_PORT, null, ServerSetup.PROTOCOL_SMTP));
      smtp.start();
    }
  }

  private static synchronized void stopSmtp() {
    if (smtp != null) {
      smtp.stop();
      smtp = null;
    }
  }

  // ---------------------------------------------------------------- before the due date

  @Test
  void theReminderBeforeTheDueDateGoesToTheHolderOnceAndAStaleTimerSendsNothing() throws Exception {
    String p = prefix();
    ItFixture.Office o = fixture.createOffice(p, "50", 2);
    giveEmails(p);
    long first = o.reports().get(0);
    long second = o.reports().get(1);

    // the timer fires at its date: the staff member (holder) gets one e-mail, nobody else
    Job job = timer(first, "reminderDue");
    assertThat(job.getDuedate().toInstant()).isBefore(dueDate(first).atStartOfDay(ThaiDates.BANGKOK).toInstant());
    at(job.getDuedate().toInstant().plusSeconds(60));
    management.executeJob(job.getId());
    awaitMails(o.staff().get(0), 1);
    assertThat(rows(first, ReminderKind.BEFORE_DUE)).singleElement().satisfies(m -> {
      assertThat(m.getRecipient()).isEqualTo(o.staff().get(0));
      assertThat(m.isToHolder()).isTrue();
    });
    MimeMessage mail = mailsTo(o.staff().get(0)).get(0);
    assertThat(mail.getSubject()).contains("ครบกำหนด").contains(ThaiDates.format(dueDate(first)));
    assertThat(GreenMailUtil.getBody(mail)).isNotBlank();
    assertThat(mailsTo(o.director())).isEmpty();

    // the same decision again (a retried job, a second node): no second row, no second e-mail
    assertThat(reminders.remindBeforeDue(first, job.getDuedate().toInstant().plusSeconds(120))).isEqualTo(ReminderOutcome.QUEUED);
    outbox.sendDue();
    assertThat(rows(first, ReminderKind.BEFORE_DUE)).hasSize(1);
    assertThat(mailsTo(o.staff().get(0))).hasSize(1);

    // a timer firing before the schedule of the report's current due date (extended) sends nothing and waits again
    Job early = timer(second, "reminderDue");
    at(early.getDuedate().toInstant().minus(Duration.ofDays(2)));
    management.executeJob(early.getId());
    assertThat(rows(second, ReminderKind.BEFORE_DUE)).isEmpty();
    Job rearmed = timer(second, "reminderRearmed");
    assertThat(rearmed.getDuedate()).isEqualTo(early.getDuedate());
    at(rearmed.getDuedate().toInstant().plusSeconds(60));
    management.executeJob(rearmed.getId());
    awaitMails(o.staff().get(1), 1);
  }

  // ---------------------------------------------------------------- after the due date

  @Test
  void afterTheDueDateTheHolderAndTheirSuperiorAreRemindedAgainEveryFewWorkingDays() throws Exception {
    String p = prefix();
    ItFixture.Office o = fixture.createOffice(p, "50", 1);
    giveEmails(p);
    long id = o.reports().get(0);
    String staff = o.staff().get(0);

    Job firstEscalation = timer(id, "escalationDue");
    assertThat(firstEscalation.getDuedate().toInstant()).isAfter(dueDate(id).plusDays(1).atStartOfDay(ThaiDates.BANGKOK).toInstant());
    Instant t1 = firstEscalation.getDuedate().toInstant().plusSeconds(60);
    at(t1);
    management.executeJob(firstEscalation.getId());
    awaitMails(staff, 1);
    awaitMails(o.director(), 1);
    assertThat(mailsTo(o.director()).get(0).getSubject()).contains("เกินกำหนด");
    assertThat(mailsTo(o.officer())).isEmpty();

    // run the same escalation again: nothing new
    reminders.escalate(id, t1);
    outbox.sendDue();
    assertThat(rows(id, ReminderKind.ESCALATION)).hasSize(2);

    // the loop waits for the next point, some working days later, and reminds both again
    Job next = timer(id, "nextEscalation");
    assertThat(next.getDuedate().toInstant()).isAfter(t1.plus(Duration.ofDays(1)));
    at(next.getDuedate().toInstant().plusSeconds(60));
    management.executeJob(next.getId());
    awaitMails(staff, 2);
    awaitMails(o.director(), 2);
    assertThat(rows(id, ReminderKind.ESCALATION)).hasSize(4);
    Job third = timer(id, "nextEscalation");
    assertThat(third.getDuedate()).isAfter(next.getDuedate());

    // the staff member submits: now the director holds the report and the provincial officer is their superior
    fixture.fillAllKpis(staff, id);
    approvals.submit(staff, id);
    at(third.getDuedate().toInstant().plusSeconds(60));
    management.executeJob(third.getId());
    awaitMails(o.director(), 3);
    awaitMails(o.officer(), 1);
    assertThat(mailsTo(staff)).as("no longer the holder").hasSize(2);
    assertThat(rows(id, ReminderKind.ESCALATION)).filteredOn(m -> m.getRecipient().equals(o.officer())).singleElement()
        .satisfies(m -> {
          assertThat(m.isToHolder()).isFalse();
          assertThat(m.getStep()).isEqualTo(ReportStatus.WITH_DIRECTOR);
        });
  }


  // ---------------------------------------------------------------- failures

  @Test
  void aFailedSendIsRetriedWithBackoffThenShownAsFailedAndCanBeRetriedByTheAdministrator() throws Exception {
    String p = prefix();
    ItFixture.Office o = fixture.createOffice(p, "50", 1);
    giveEmails(p);
    String admin = createAdmin(p);
    long id = o.reports().get(0);
    makeLate(List.of(id));

    stopSmtp();
    assertThat(reminders.nudgeProvince(o.officer(), "50")).isGreaterThanOrEqualTo(1);
    ReminderMessage queued = rows(id, ReminderKind.NUDGE).get(0);
    // the after-commit send has tried once and failed
    await().atMost(Duration.ofSeconds(30)).until(() -> message(queued.getId()).getAttempts() == 1);
    ReminderMessage afterOne = message(queued.getId());
    assertThat(afterOne.getStatus()).isEqualTo(DeliveryStatus.PENDING);
    assertThat(afterOne.getLastError()).isNotBlank();
    assertThat(afterOne.getNextAttemptAt()).isAfter(afterOne.getCreatedAt());

    // not due yet: the sweep leaves it alone
    outbox.sendDue();
    assertThat(message(queued.getId()).getAttempts()).isEqualTo(1);

    // each later attempt after its wait (the second one through the periodic sendOutbox process), until FAILED
    Duration previousWait = Duration.between(afterOne.getCreatedAt(), afterOne.getNextAttemptAt());
    for (int attempt = 2; attempt <= 5; attempt++) {
      ReminderMessage m = message(queued.getId());
      at(m.getNextAttemptAt().plusSeconds(1));
      if (attempt == 2) {
        Job sweep = management.createJobQuery().processDefinitionKey("sendOutbox").timers().singleResult();
        management.executeJob(sweep.getId());
      } else {
        outbox.sendDue();
      }
      ReminderMessage after = message(queued.getId());
      assertThat(after.getAttempts()).isEqualTo(attempt);
      if (attempt < 5) {
        Duration wait = Duration.between(m.getNextAttemptAt(), after.getNextAttemptAt());
        assertThat(wait).as("backoff grows").isGreaterThan(previousWait);
        previousWait = wait;
      }
    }
    ReminderMessage failed = message(queued.getId());
    assertThat(failed.getStatus()).isEqualTo(DeliveryStatus.FAILED);
    assertThat(outbox.page(admin, DeliveryStatus.FAILED, 0, 1000)).extracting(ReminderMessage::getId).contains(failed.getId());
    assertThatThrownBy(() -> outbox.page(o.officer(), DeliveryStatus.FAILED, 0, 10)).isInstanceOf(BusinessException.class);
    assertThatThrownBy(() -> outbox.retryNow(o.officer(), failed.getId())).isInstanceOf(BusinessException.class);

    // the administrator retries once the mail server is back: sent right after commit
    startSmtp();
    outbox.retryNow(admin, failed.getId());
    await().atMost(Duration.ofSeconds(30)).until(() -> message(queued.getId()).getStatus() == DeliveryStatus.SENT);
    awaitMails(o.staff().get(0), 1);
    assertThat(message(queued.getId()).getAttempts()).isEqualTo(6);
  }

  // ---------------------------------------------------------------- nudge

  @Test
  void aNudgeReachesOnlyTheLateOfThatProvinceOnceADayAndOnlyFromItsOfficerOrAnAdministrator() throws Exception {
    String p = prefix();
    ItFixture.Office here = fixture.createOffice(p, "50", 3);
    ItFixture.Office there = fixture.createOffice(p + "x", "57", 1);
    giveEmails(p);
    String admin = createAdmin(p);
    makeLate(List.of(here.reports().get(0), here.reports().get(1), there.reports().get(0)));

    int queued = reminders.nudgeProvince(here.officer(), "50");

    assertThat(queued).isEqualTo(countNudges(here.officer()));
    awaitMails(here.staff().get(0), 1);
    awaitMails(here.staff().get(1), 1);
    outbox.sendDue();
    assertThat(mailsTo(here.staff().get(2))).as("not late").isEmpty();
    assertThat(mailsTo(there.staff().get(0))).as("another province").isEmpty();
    assertThat(rows(here.reports().get(0), ReminderKind.NUDGE)).singleElement()
        .satisfies(m -> assertThat(m.getRequestedBy()).isEqualTo(here.officer()));

    // a second click the same day: nothing more
    assertThat(reminders.nudgeProvince(here.officer(), "50")).isZero();
    assertThat(mailsTo(here.staff().get(0))).hasSize(1);

    // an officer of another province, a director, a staff member: refused
    assertThatThrownBy(() -> reminders.nudgeProvince(there.officer(), "50")).isInstanceOf(BusinessException.class).hasMessage("access.denied");
    assertThatThrownBy(() -> reminders.nudgeProvince(here.officer(), "57")).isInstanceOf(BusinessException.class).hasMessage("access.denied");
    assertThatThrownBy(() -> reminders.nudgeProvince(here.director(), "50")).isInstanceOf(BusinessException.class);
    assertThatThrownBy(() -> reminders.nudgeProvince(here.staff().get(0), "50")).isInstanceOf(BusinessException.class);
    assertThat(mailsTo(there.staff().get(0))).isEmpty();

    // an administrator may nudge any province
    assertThat(reminders.nudgeProvince(admin, "57")).isGreaterThanOrEqualTo(1);
    awaitMails(there.staff().get(0), 1);
  }

  // ---------------------------------------------------------------- helpers

  private static String prefix() {
    return "r" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** Moves the engine's clock (the job executor is off in ITs, so nothing fires by itself). */
  private static void at(Instant instant) {
    ClockUtil.setCurrentTime(Date.from(instant));
  }

  private static String email(String username) {
    return username + "@it.cdd.test";
  }

  private void giveEmails(String prefix) throws Exception {
    inTx(() -> em.createQuery("update Person p set p.email = concat(p.username, '@it.cdd.test') where p.username like :p")
        .setParameter("p", prefix + "%").executeUpdate());
  }

  private String createAdmin(String prefix) throws Exception {
    String username = prefix + ".admin";
    inTx(() -> {
      Person admin = new Person(username, "not-used", Role.ADMIN, "", "ผู้ดูแล" + prefix, "ทดสอบ");
      admin.setEmail(email(username));
      em.persist(admin);
      return null;
    });
    return username;
  }

  private void makeLate(List<Long> reports) throws Exception {
    LocalDate past = LocalDate.now(ThaiDates.BANGKOK).minusDays(5);
    inTx(() -> em.createQuery("update Report r set r.dueDate = :d where r.id in :ids").setParameter("d", past)
        .setParameter("ids", reports).executeUpdate());
  }

  private long countNudges(String requestedBy) throws Exception {
    return inTx(() -> em.createQuery("select count(m) from ReminderMessage m where m.requestedBy = :u", Long.class)
        .setParameter("u", requestedBy).getSingleResult());
  }

  private LocalDate dueDate(long reportId) throws Exception {
    return inTx(() -> em.find(Report.class, reportId).getDueDate());
  }

  private Job timer(long reportId, String activityId) throws Exception {
    String pid = inTx(() -> em.find(Report.class, reportId).getProcessInstanceId());
    return management.createJobQuery().processInstanceId(pid).activityId(activityId).timers().singleResult();
  }

  private List<ReminderMessage> rows(long reportId, ReminderKind kind) throws Exception {
    return inTx(() -> em.createQuery("select m from ReminderMessage m where m.report.id = :id and m.kind = :kind order by m.id",
        ReminderMessage.class).setParameter("id", reportId).setParameter("kind", kind).getResultList());
  }

  private ReminderMessage message(long id) throws Exception {
    return inTx(() -> em.find(ReminderMessage.class, id));
  }

  private static List<MimeMessage> mailsTo(String username) {
    String address = email(username);
    return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
      try {
        Address[] to = m.getAllRecipients();
        return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(address));
      } catch (MessagingException e) {
        return false;
      }
    }).toList();
  }

  private static void awaitMails(String username, int count) {
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(mailsTo(username)).hasSize(count));
  }

  private <T> T inTx(Callable<T> work) {
    return Tx.inTx(utx, work);
  }
}
