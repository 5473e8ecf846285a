package th.go.cdd.performance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.go.cdd.performance.assignment.AssignedKpiFixture;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.people.Role;
import th.go.cdd.performance.shared.BusinessException;

/**
 * The report's moves along the sign-off, each allowed from the status the process brings it in and
 * refused from any other, in the manner of Cargo Tracker's CargoTest: plain objects, no container.
 */
class ReportTest {
  private static final Instant NOW = Instant.parse("2022-01-10T03:00:00Z");
  private static final String DIRECTORS = "director:50:g1";
  private static final String OFFICERS = "officer:50";

  private final AssignedKpiFixture f = new AssignedKpiFixture();
  private final Person staff = f.person("s1", Role.STAFF, f.chiangMai, f.group1);

  /** A draft of KPI 3 (a count) and KPI 7 (free-form). */
  private Report draft() {
    return new Report(staff, f.round, f.round.getDueDate(), "pi-1", f.program.getKpis(), NOW);
  }

  private Report withDirector() {
    Report r = draft();
    r.awaitApprover(ReportStatus.WITH_DIRECTOR, DIRECTORS);
    return r;
  }

  private Report withOfficer() {
    Report r = withDirector();
    r.awaitApprover(ReportStatus.WITH_OFFICER, OFFICERS);
    return r;
  }

  private Report returned() {
    Report r = withDirector();
    r.returned("แนบหลักฐานเพิ่ม", "ผอ.กลุ่ม");
    r.awaitStaff(true);
    return r;
  }

  private Report signed() {
    Report r = withOfficer();
    r.markSigned();
    return r;
  }

  private Report withdrawn() {
    Report r = draft();
    r.withdraw(NOW);
    return r;
  }

  private static void refused(Runnable move) {
    assertThatThrownBy(move::run).isInstanceOf(BusinessException.class).hasMessage("report.wrongStep");
  }

  // ---------------------------------------------------------------- certify

  @Test
  void certifyingACompleteDraftNumbersTheVersion() {
    Report r = draft();
    r.record(3, BigDecimal.valueOf(4), null, 4, List.of(), NOW);
    assertThat(r.certify(NOW.plusSeconds(60))).isEqualTo(1);
    assertThat(r.getSubmissionCount()).isEqualTo(1);
    assertThat(r.getUpdatedAt()).isEqualTo(NOW.plusSeconds(60));
  }

  @Test
  void certifyingIsRefusedWhileACountedKpiHasNoLevelButAFreeFormOneMayStayEmpty() {
    Report r = draft();
    assertThatThrownBy(() -> r.certify(NOW)).isInstanceOf(BusinessException.class).hasMessage("report.incomplete")
        .satisfies(e -> assertThat(((BusinessException) e).getArgs()).containsExactly("[3]"));
    assertThat(r.getSubmissionCount()).isZero();
  }

  @Test
  void aReturnedReportIsCertifiedAndGoesToTheDirectorAgain() {
    Report r = returned();
    r.record(3, BigDecimal.valueOf(4), null, 4, List.of(), NOW);
    assertThat(r.certify(NOW)).isEqualTo(1);
    r.awaitApprover(ReportStatus.WITH_DIRECTOR, DIRECTORS);
    assertThat(r.getStatus()).isEqualTo(ReportStatus.WITH_DIRECTOR);
  }

  @Test
  void aReportWithAnApproverOrClosedCannotBeCertified() {
    for (Report r : List.of(withDirector(), withOfficer(), signed(), withdrawn())) {
      assertThatThrownBy(() -> r.certify(NOW)).as(r.getStatus().name()).isInstanceOf(BusinessException.class)
          .hasMessage("report.notEditable");
    }
  }

  // ---------------------------------------------------------------- to the director

  @Test
  void aDraftOrAReturnedReportGoesToTheDirectorsGroup() {
    for (Report r : List.of(draft(), returned())) {
      r.awaitApprover(ReportStatus.WITH_DIRECTOR, DIRECTORS);
      assertThat(r.getStatus()).isEqualTo(ReportStatus.WITH_DIRECTOR);
      assertThat(r.getPendingGroup()).isEqualTo(DIRECTORS);
      assertThat(r.getPendingAssignee()).isNull();
      assertThat(r.isEditable()).isFalse();
    }
  }

  @Test
  void onlyADraftOrAReturnedReportGoesToTheDirector() {
    for (Report r : List.of(withDirector(), withOfficer(), signed(), withdrawn())) {
      refused(() -> r.awaitApprover(ReportStatus.WITH_DIRECTOR, DIRECTORS));
    }
  }

  // ---------------------------------------------------------------- to the officer

  @Test
  void anApprovedReportGoesToTheOfficersGroup() {
    Report r = withDirector();
    r.awaitApprover(ReportStatus.WITH_OFFICER, OFFICERS);
    assertThat(r.getStatus()).isEqualTo(ReportStatus.WITH_OFFICER);
    assertThat(r.getPendingGroup()).isEqualTo(OFFICERS);
    assertThat(r.getPendingAssignee()).isNull();
  }

  @Test
  void onlyAReportWithTheDirectorGoesToTheOfficer() {
    for (Report r : List.of(draft(), returned(), withOfficer(), signed(), withdrawn())) {
      refused(() -> r.awaitApprover(ReportStatus.WITH_OFFICER, OFFICERS));
    }
  }

  @Test
  void aStatusThatIsNoApproversStepIsAProgrammingError() {
    assertThatThrownBy(() -> draft().awaitApprover(ReportStatus.SIGNED, OFFICERS)).isInstanceOf(IllegalArgumentException.class);
  }

  // ---------------------------------------------------------------- back to the staff member

  @Test
  void aReturnKeepsTheApproversCommentAndWaitsForTheStaffMember() {
    for (Report r : List.of(withDirector(), withOfficer())) {
      r.returned("แก้ไขตัวชี้วัดที่ ๓", "ผู้อนุมัติ");
      r.awaitStaff(true);
      assertThat(r.getStatus()).isEqualTo(ReportStatus.RETURNED);
      assertThat(r.getReturnComment()).isEqualTo("แก้ไขตัวชี้วัดที่ ๓");
      assertThat(r.getReturnedBy()).isEqualTo("ผู้อนุมัติ");
      assertThat(r.getPendingGroup()).isNull();
      assertThat(r.getPendingAssignee()).isEqualTo("s1");
      assertThat(r.isEditable()).isTrue();
    }
  }

  @Test
  void onlyAnApproversStepReturnsAReport() {
    for (Report r : List.of(draft(), returned(), signed(), withdrawn())) {
      refused(() -> r.returned("x", "y"));
      refused(() -> r.awaitStaff(true));
    }
  }

  @Test
  void aRecalledReportIsADraftAgainWithoutAnEarlierReturnsComment() {
    Report r = returned();
    r.awaitApprover(ReportStatus.WITH_DIRECTOR, DIRECTORS);
    r.awaitStaff(false);
    assertThat(r.getStatus()).isEqualTo(ReportStatus.DRAFT);
    assertThat(r.getReturnComment()).isNull();
    assertThat(r.getPendingAssignee()).isEqualTo("s1");
  }

  @Test
  void aNewDraftWaitsForItsStaffMember() {
    Report r = draft();
    r.awaitStaff(false);
    assertThat(r.getStatus()).isEqualTo(ReportStatus.DRAFT);
    assertThat(r.getPendingAssignee()).isEqualTo("s1");
  }

  @Test
  void aReportCannotBeRecalledOnceTheDirectorApprovedOrItClosed() {
    for (Report r : List.of(returned(), withOfficer(), signed(), withdrawn())) {
      refused(() -> r.awaitStaff(false));
    }
  }

  // ---------------------------------------------------------------- claim, release, reroute

  @Test
  void anApproverTakesTheGroupsTaskAndGivesItBack() {
    Report r = withOfficer();
    r.claimBy("o1");
    assertThat(r.getPendingAssignee()).isEqualTo("o1");
    assertThat(r.getPendingGroup()).isEqualTo(OFFICERS);
    r.release();
    assertThat(r.getPendingAssignee()).isNull();
    assertThat(r.getPendingGroup()).isEqualTo(OFFICERS);
  }

  @Test
  void onlyAGroupTaskAtAnApproversStepCanBeTakenOrGivenBack() {
    for (Report r : List.of(draft(), returned(), signed(), withdrawn())) {
      refused(() -> r.claimBy("d1"));
      refused(r::release);
    }
    Report reassigned = withDirector();
    reassigned.reassignTo("d2");
    refused(() -> reassigned.claimBy("d1"));
    refused(reassigned::release);
  }

  @Test
  void aMoveOfOfficeSendsTheWaitingStepToTheNewGroupClaimReleased() {
    Report r = withDirector();
    r.claimBy("d1");
    r.rerouteTo("director:51:g2");
    assertThat(r.getStatus()).isEqualTo(ReportStatus.WITH_DIRECTOR);
    assertThat(r.getPendingGroup()).isEqualTo("director:51:g2");
    assertThat(r.getPendingAssignee()).isNull();
    for (Report other : List.of(draft(), returned(), signed(), withdrawn())) {
      refused(() -> other.rerouteTo("director:51:g2"));
    }
  }

  // ---------------------------------------------------------------- signed, withdrawn

  @Test
  void theOfficersSignatureClosesTheReport() {
    Report r = signed();
    assertThat(r.getStatus()).isEqualTo(ReportStatus.SIGNED);
    assertThat(r.getPendingGroup()).isNull();
    assertThat(r.getPendingAssignee()).isNull();
    assertThat(r.isOpen()).isFalse();
  }

  @Test
  void onlyAReportWithTheOfficerIsSigned() {
    for (Report r : List.of(draft(), returned(), withDirector(), signed(), withdrawn())) {
      refused(r::markSigned);
    }
  }

  @Test
  void anOpenReportIsWithdrawnFromEveryStepButASignedOneIsNot() {
    for (Report r : List.of(draft(), returned(), withDirector(), withOfficer())) {
      r.withdraw(NOW);
      assertThat(r.getStatus()).isEqualTo(ReportStatus.WITHDRAWN);
      assertThat(r.getPendingAssignee()).isNull();
    }
    assertThatThrownBy(() -> signed().withdraw(NOW)).isInstanceOf(IllegalStateException.class);
  }
}
