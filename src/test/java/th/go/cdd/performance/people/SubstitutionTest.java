package th.go.cdd.performance.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.go.cdd.performance.program.Province;

class SubstitutionTest {
  private static final Province CHIANG_MAI = new Province("50", "เชียงใหม่", "Chiang Mai");
  private static final Province KHON_KAEN = new Province("40", "ขอนแก่น", "Khon Kaen");

  private static Person person(String username, Role role, Province province, String group) {
    Person p = new Person(username, "hash", role, "นาย", username, "ทดสอบ");
    p.placeIn(province, group == null ? null : new WorkGroup(province, group, "กลุ่ม " + group), "ตำแหน่ง");
    return p;
  }

  @Test
  void aGroupDirectorIsReplacedByADirectorOfAnyGroupOfTheSameProvinceOnly() {
    Person director = person("d1", Role.DIRECTOR, CHIANG_MAI, "g1");
    assertThat(Substitution.eligible(director, person("d2", Role.DIRECTOR, CHIANG_MAI, "g2"))).isTrue();
    assertThat(Substitution.eligible(director, person("d3", Role.DIRECTOR, KHON_KAEN, "g1"))).as("another province").isFalse();
    assertThat(Substitution.eligible(director, person("o1", Role.OFFICER, CHIANG_MAI, null))).as("an officer").isFalse();
    assertThat(Substitution.eligible(director, person("s1", Role.STAFF, CHIANG_MAI, "g1"))).as("staff").isFalse();
    assertThat(Substitution.eligible(director, director)).as("themselves").isFalse();
  }

  @Test
  void theProvincialOfficerIsReplacedByAnotherOfficerOrAGroupDirectorOfTheProvince() {
    Person officer = person("o1", Role.OFFICER, CHIANG_MAI, null);
    assertThat(Substitution.eligible(officer, person("o2", Role.OFFICER, CHIANG_MAI, null))).isTrue();
    assertThat(Substitution.eligible(officer, person("d1", Role.DIRECTOR, CHIANG_MAI, "g1"))).isTrue();
    assertThat(Substitution.eligible(officer, person("d2", Role.DIRECTOR, KHON_KAEN, "g1"))).isFalse();
    assertThat(Substitution.eligible(officer, person("a1", Role.ADMIN, CHIANG_MAI, null))).isFalse();
    assertThat(Substitution.eligible(person("s1", Role.STAFF, CHIANG_MAI, "g1"), person("s2", Role.STAFF, CHIANG_MAI, "g1")))
        .as("staff have no substitutes").isFalse();
  }

  @Test
  void aSubstitutionIsActiveFromItsFirstToItsLastDayInclusiveUntilCancelled() {
    LocalDate from = LocalDate.of(2021, 11, 1);
    Substitution s = new Substitution(person("d1", Role.DIRECTOR, CHIANG_MAI, "g1"), person("d2", Role.DIRECTOR, CHIANG_MAI, "g2"),
        from, from.plusDays(4), "ลาพักผ่อน", "d1", Instant.now());
    assertThat(s.isActiveOn(from.minusDays(1))).isFalse();
    assertThat(s.isActiveOn(from)).isTrue();
    assertThat(s.isActiveOn(from.plusDays(4))).isTrue();
    assertThat(s.isActiveOn(from.plusDays(5))).isFalse();
    s.cancel();
    assertThat(s.isActiveOn(from)).isFalse();
    assertThatThrownBy(() -> new Substitution(s.getPrincipal(), s.getSubstitute(), from, from.minusDays(1), "x", "d1", Instant.now()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aSubstituteWorksInTheirOwnGroupsAndTheirPrincipalsAndTakesTasksAssignedToEither() {
    Person substitute = person("d2", Role.DIRECTOR, CHIANG_MAI, "g2");
    Person principal = person("o1", Role.OFFICER, CHIANG_MAI, null);
    assertThat(Duties.groupsOf(substitute, List.of(principal))).containsExactly("director:50:g2", "officer:50");
    assertThat(Duties.assigneesFor(substitute, List.of(principal))).containsExactly("d2", "o1");
    assertThat(Duties.groupsOf(substitute, List.of())).containsExactly("director:50:g2");
  }
}
