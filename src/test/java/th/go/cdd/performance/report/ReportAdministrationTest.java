package th.go.cdd.performance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.people.Role;
import th.go.cdd.performance.program.ReportingRound;
import th.go.cdd.performance.shared.BusinessException;

/** What administrators do to a report: reassign its approver's task, extend its due date, withdraw it. */
class ReportAdministrationTest {
  private static final LocalDate DUE = LocalDate.of(2021, 11, 15);

  private static Report report() {
    Person staff = new Person("s1", "hash", Role.STAFF, "นางสาว", "พนักงาน", "ทดสอบ");
    return new Report(staff, new ReportingRound() {}, DUE, "pi-1", List.of(), Instant.now());
  }

  /** Issue 16: the report page's overdue mark comes from here, not from a status test in the page. */
  @Test
  void aWithdrawnReportIsNoLongerLateThoughItsOverdueTimerFired() {
    Report r = report();
    r.markOverdue();
    assertThat(r.isLate()).isTrue();
    r.withdraw(Instant.now());
    assertThat(r.isOpen()).isFalse();
    assertThat(r.isLate()).isFalse();
    assertThat(r.isOverdue()).as("the timer's flag itself is kept").isTrue();
  }

  @Test
  void aReassignedTaskLeavesItsGroupAndWaitsForOnePerson() {
    Report r = report();
    assertThatThrownBy(() -> r.reassignTo("d2")).as("a draft waits for its staff member").isInstanceOf(BusinessException.class)
        .hasMessage("admin.reassign.notWithApprover");
    r.awaitApprover(ReportStatus.WITH_DIRECTOR, "director:50:g1");
    r.reassignTo("d2");
    assertThat(r.getPendingGroup()).isNull();
    assertThat(r.getPendingAssignee()).isEqualTo("d2");
    assertThat(r.getStatus()).isEqualTo(ReportStatus.WITH_DIRECTOR);
  }

  @Test
  void extendingToTodayOrLaterClearsOverdueAndAnEarlierDateKeepsIt() {
    Report r = report();
    r.markOverdue();
    r.extendDueTo(DUE.plusDays(3), DUE.plusDays(5));
    assertThat(r.isOverdue()).as("still past the new date").isTrue();
    r.extendDueTo(DUE.plusDays(10), DUE.plusDays(10));
    assertThat(r.getDueDate()).isEqualTo(DUE.plusDays(10));
    assertThat(r.isOverdue()).as("due today is not overdue").isFalse();
  }

  @Test
  void aSignedReportStaysSignedAndAnOpenOneIsWithdrawnFromEveryInbox() {
    Report open = report();
    open.awaitApprover(ReportStatus.WITH_DIRECTOR, "director:50:g1");
    open.awaitApprover(ReportStatus.WITH_OFFICER, "officer:50");
    open.withdraw(Instant.now());
    assertThat(open.getStatus()).isEqualTo(ReportStatus.WITHDRAWN);
    assertThat(open.getPendingGroup()).isNull();
    assertThat(open.getPendingAssignee()).isNull();
    assertThat(open.isOpen()).isFalse();
    assertThatThrownBy(() -> open.extendDueTo(DUE.plusDays(1), DUE)).hasMessage("admin.extend.closed");

    Report signed = report();
    signed.awaitApprover(ReportStatus.WITH_DIRECTOR, "director:50:g1");
    signed.awaitApprover(ReportStatus.WITH_OFFICER, "officer:50");
    signed.markSigned();
    assertThatThrownBy(() -> signed.withdraw(Instant.now())).isInstanceOf(IllegalStateException.class);
    assertThat(signed.getStatus()).isEqualTo(ReportStatus.SIGNED);
  }
}
