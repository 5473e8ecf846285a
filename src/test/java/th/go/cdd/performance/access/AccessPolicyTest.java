package th.go.cdd.performance.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.people.Role;
import th.go.cdd.performance.people.WorkGroup;
import th.go.cdd.performance.program.Cohort;
import th.go.cdd.performance.program.Program;
import th.go.cdd.performance.program.Province;
import th.go.cdd.performance.shared.BaseEntity;
import th.go.cdd.performance.shared.BusinessException;

/**
 * The one access policy, rule by rule, with people in memory: Chiang Mai (groups 1 and 2) and
 * Lamphun. The access sweep ITs check that every page and endpoint asks here; this test checks what
 * it answers.
 */
class AccessPolicyTest {
  private long ids = 1;
  private final Province chiangMai = new Province("50", "เชียงใหม่", "Chiang Mai");
  private final Province lamphun = new Province("51", "ลำพูน", "Lamphun");
  private final WorkGroup group1 = with(new WorkGroup(chiangMai, "g1", "กลุ่ม ๑"));
  private final WorkGroup group2 = with(new WorkGroup(chiangMai, "g2", "กลุ่ม ๒"));
  private final WorkGroup lamphunGroup = with(new WorkGroup(lamphun, "g1", "กลุ่ม ๑"));

  private final Person admin = person("admin", Role.ADMIN, null, null);
  private final Person staff = person("staff", Role.STAFF, chiangMai, group1);
  private final Person colleague = person("colleague", Role.STAFF, chiangMai, group1);
  private final Person director = person("director", Role.DIRECTOR, chiangMai, group1);
  private final Person otherDirector = person("director2", Role.DIRECTOR, chiangMai, group2);
  private final Person officer = person("officer", Role.OFFICER, chiangMai, null);
  private final Person lamphunOfficer = person("officer51", Role.OFFICER, lamphun, null);
  private final Person lamphunDirector = person("director51", Role.DIRECTOR, lamphun, lamphunGroup);

  private record Record(Person getStaff, String getPendingAssignee) implements StaffRecord {}

  private final StaffRecord report = new Record(staff, null);

  @Test
  void aReportIsSeenByItsStaffTheirGroupsDirectorTheirProvincesOfficerAndAdministrators() {
    assertThat(AccessPolicy.maySee(staff, report, List.of())).isTrue();
    assertThat(AccessPolicy.maySee(director, report, List.of())).isTrue();
    assertThat(AccessPolicy.maySee(officer, report, List.of())).isTrue();
    assertThat(AccessPolicy.maySee(admin, report, List.of())).isTrue();

    assertThat(AccessPolicy.maySee(colleague, report, List.of())).as("another staff member").isFalse();
    assertThat(AccessPolicy.maySee(otherDirector, report, List.of())).as("the director of another group").isFalse();
    assertThat(AccessPolicy.maySee(lamphunOfficer, report, List.of())).as("another province's officer").isFalse();
    assertThatThrownBy(() -> AccessPolicy.requireSee(lamphunOfficer, report, List.of())).isInstanceOf(BusinessException.class)
        .hasMessage(AccessPolicy.DENIED);
    assertThatThrownBy(() -> AccessPolicy.requireSee(admin, null, List.of())).hasMessage(AccessPolicy.DENIED);
  }

  @Test
  void anApproverAReportWasHandedToSeesItAndASubstituteSeesWhatTheirPrincipalSees() {
    StaffRecord handedOn = new Record(staff, otherDirector.getUsername());
    assertThat(AccessPolicy.maySee(otherDirector, handedOn, List.of())).isTrue();
    assertThat(AccessPolicy.maySee(colleague, new Record(staff, colleague.getUsername()), List.of()))
        .as("only an approver is handed a report").isFalse();

    assertThat(AccessPolicy.maySee(lamphunDirector, report, List.of(director))).as("standing in for the group's director").isTrue();
    assertThat(AccessPolicy.maySee(lamphunDirector, report, List.of(otherDirector))).isFalse();
  }

  @Test
  void theInboxHoldsOwnReportsForStaffEverythingForAdministratorsAndTheGroupsTasksForApprovers() {
    assertThat(AccessPolicy.reach(staff, List.of())).isEqualTo(new TaskReach(staff.getId(), false, List.of(), List.of()));
    assertThat(AccessPolicy.reach(admin, List.of()).everything()).isTrue();

    TaskReach director = AccessPolicy.reach(this.director, List.of(officer));
    assertThat(director.groups()).containsAll(this.director.candidateGroups()).containsAll(officer.candidateGroups());
    assertThat(director.assignees()).containsExactly("director", "officer");
    assertThat(director.holds(officer.candidateGroups().get(0), null)).as("the principal's group, today").isTrue();
    assertThat(director.holds("some-other-group", "officer")).as("handed to the principal by name").isTrue();
    assertThat(director.holds(otherDirector.candidateGroups().get(0), otherDirector.getUsername())).isFalse();
  }

  @Test
  void onlyTheStaffMemberActsOnTheirOwnReport() {
    assertThat(AccessPolicy.requireOwn(staff, report)).isSameAs(report);
    assertThatThrownBy(() -> AccessPolicy.requireOwn(director, report)).hasMessage(AccessPolicy.DENIED);
    assertThatThrownBy(() -> AccessPolicy.requireOwn(colleague, report)).hasMessage(AccessPolicy.DENIED);
    assertThatThrownBy(() -> AccessPolicy.requireOwn(staff, (StaffRecord) null)).hasMessage(AccessPolicy.DENIED);
  }

  @Test
  void administrationIsForAdministratorsOnly() {
    assertThat(AccessPolicy.requireAdministrator(admin)).isSameAs(admin);
    for (Person p : List.of(staff, director, officer)) {
      assertThatThrownBy(() -> AccessPolicy.requireAdministrator(p)).hasMessage(AccessPolicy.DENIED);
    }
    assertThatThrownBy(() -> AccessPolicy.requireAdministrator(null)).hasMessage(AccessPolicy.DENIED);
    assertThat(AccessPolicy.isAdministrator(Role.ADMIN)).isTrue();
    assertThat(AccessPolicy.isAdministrator(Role.OFFICER)).isFalse();
  }

  @Test
  void oversightIsTheCountryForAdministratorsTheProvinceForOfficersTheGroupForDirectorsAndNothingForStaff() {
    assertThat(AccessPolicy.oversight(admin)).isEqualTo(Oversight.COUNTRY);
    assertThat(AccessPolicy.oversight(officer)).isEqualTo(new Oversight("50", null));
    assertThat(AccessPolicy.oversight(director)).isEqualTo(new Oversight("50", group1.getId()));
    assertThatThrownBy(() -> AccessPolicy.oversight(staff)).hasMessage(AccessPolicy.DENIED);
    assertThatThrownBy(() -> AccessPolicy.oversight(person("nogroup", Role.DIRECTOR, chiangMai, null))).hasMessage(AccessPolicy.DENIED);
    assertThatThrownBy(() -> AccessPolicy.oversight(person("noprovince", Role.OFFICER, null, null))).hasMessage(AccessPolicy.DENIED);
  }

  @Test
  void aProvincesAdministrationIsActedOnByAdministratorsAndItsOwnOfficer() {
    assertThat(AccessPolicy.mayOversee(admin, "51")).isTrue();
    assertThat(AccessPolicy.mayOversee(officer, "50")).isTrue();
    assertThat(AccessPolicy.mayOversee(officer, "51")).isFalse();
    assertThat(AccessPolicy.mayOversee(director, "50")).as("directors watch, they do not nudge or extend").isFalse();
    assertThat(AccessPolicy.mayOversee(admin, " ")).as("no province named").isFalse();
    assertThatThrownBy(() -> AccessPolicy.requireOversee(lamphunOfficer, "50")).hasMessage(AccessPolicy.DENIED);
    assertThatCode(() -> AccessPolicy.requireOversee(lamphunOfficer, "51")).doesNotThrowAnyException();

    assertThat(AccessPolicy.requireProvinceOversight(admin)).isNull();
    assertThat(AccessPolicy.requireProvinceOversight(officer)).isEqualTo("50");
    assertThatThrownBy(() -> AccessPolicy.requireProvinceOversight(director)).hasMessage(AccessPolicy.DENIED);
    assertThatThrownBy(() -> AccessPolicy.requireProvinceOversight(staff)).hasMessage(AccessPolicy.DENIED);
    assertThat(AccessPolicy.overseesProvinces(Role.OFFICER)).isTrue();
    assertThat(AccessPolicy.overseesProvinces(Role.DIRECTOR)).isFalse();
  }

  @Test
  void approversAreDirectorsAndOfficersAndOnlyOfficersSignInBulkOrTheirSubstitutes() {
    assertThat(AccessPolicy.requireApprover(director)).isSameAs(director);
    assertThat(AccessPolicy.requireApproverInProvince(officer)).isSameAs(officer);
    assertThatThrownBy(() -> AccessPolicy.requireApprover(staff)).hasMessage(AccessPolicy.DENIED);
    assertThatThrownBy(() -> AccessPolicy.requireApprover(admin)).hasMessage(AccessPolicy.DENIED);
    assertThatThrownBy(() -> AccessPolicy.requireApproverInProvince(person("nowhere", Role.DIRECTOR, null, null)))
        .hasMessage(AccessPolicy.DENIED);

    assertThatCode(() -> AccessPolicy.requireBulkSigner(officer, List.of())).doesNotThrowAnyException();
    assertThatCode(() -> AccessPolicy.requireBulkSigner(director, List.of(officer))).as("a director acting as officer")
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> AccessPolicy.requireBulkSigner(director, List.of(otherDirector))).hasMessage(AccessPolicy.DENIED);
  }

  @Test
  void substitutesAreNamedByTheApproverThemselvesOrAnAdministrator() {
    assertThatCode(() -> AccessPolicy.requireManageSubstitutesOf(director, director)).doesNotThrowAnyException();
    assertThatCode(() -> AccessPolicy.requireManageSubstitutesOf(admin, officer)).doesNotThrowAnyException();
    assertThatThrownBy(() -> AccessPolicy.requireManageSubstitutesOf(officer, director)).hasMessage(AccessPolicy.DENIED);
    assertThatThrownBy(() -> AccessPolicy.requireManageSubstitutesOf(staff, staff)).hasMessage(AccessPolicy.DENIED);
    assertThatCode(() -> AccessPolicy.requireManageSubstitutes(officer)).doesNotThrowAnyException();
    assertThatThrownBy(() -> AccessPolicy.requireManageSubstitutes(staff)).hasMessage(AccessPolicy.DENIED);
  }

  @Test
  void aProgramsCircularIsReadByItsCohortsStaffItsProvincesApproversAndAdministrators() {
    Program program = with(new Program("P", "โครงการ", "Program"));
    Cohort cohort = with(program.addCohort(1, LocalDate.of(2021, 5, 1), LocalDate.of(2022, 4, 30)));
    cohort.assignProvinces(Set.of(chiangMai));
    staff.hire(cohort, cohort.getContractStart(), cohort.getContractEnd());

    assertThat(AccessPolicy.mayReadProgram(admin, program)).isTrue();
    assertThat(AccessPolicy.mayReadProgram(staff, program)).isTrue();
    assertThat(AccessPolicy.mayReadProgram(colleague, program)).as("staff not hired in it").isFalse();
    assertThat(AccessPolicy.mayReadProgram(director, program)).isTrue();
    assertThat(AccessPolicy.mayReadProgram(lamphunOfficer, program)).isFalse();
    assertThat(AccessPolicy.requireOfficerIn(officer, program)).isSameAs(officer);
    assertThatThrownBy(() -> AccessPolicy.requireOfficerIn(lamphunOfficer, program)).hasMessage(AccessPolicy.DENIED);
    assertThatThrownBy(() -> AccessPolicy.requireOfficerIn(director, program)).hasMessage(AccessPolicy.DENIED);
    assertThatThrownBy(() -> AccessPolicy.requireOfficerIn(officer, null)).hasMessage(AccessPolicy.DENIED);
  }

  @Test
  void aMissingRecordIsRefusedLikeAForbiddenOne() {
    assertThat(AccessPolicy.found("x")).isEqualTo("x");
    assertThatThrownBy(() -> AccessPolicy.found(null)).isInstanceOf(BusinessException.class).hasMessage(AccessPolicy.DENIED);
  }

  private Person person(String username, Role role, Province province, WorkGroup group) {
    Person p = with(new Person(username, "hash", role, "นาย", username, "ทดสอบ"));
    if (province != null) {
      p.placeIn(province, group, "นักพัฒนาชุมชน");
    }
    return p;
  }

  /** Gives an entity the id the database would (the policy compares people by id, never by object). */
  private <T extends BaseEntity> T with(T entity) {
    try {
      Field id = BaseEntity.class.getDeclaredField("id");
      id.setAccessible(true);
      id.set(entity, ids++);
      return entity;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
