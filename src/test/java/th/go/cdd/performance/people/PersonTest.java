package th.go.cdd.performance.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PersonTest {
  private static Person named(String first, String last) {
    return new Person(first + last, "hash", Role.STAFF, "นาย", first, last);
  }

  @Test
  void sortKeysOrderThaiNamesAsTheDictionaryDoesSkippingLeadingVowels() {
    // เกษม sorts under ก (its leading vowel เ is skipped), before ขวัญ; ไก่ under ก too
    List<String> sorted = Stream.of(named("ขวัญ", "ใจดี"), named("เกษม", "สุขใจ"), named("กมล", "ศรีสุข"), named("ไก่", "ทองดี"))
        .sorted(Comparator.comparing(Person::getNameSortKey))
        .map(Person::getFirstName)
        .toList();
    assertThat(sorted).containsExactly("กมล", "เกษม", "ไก่", "ขวัญ");
  }

  @Test
  void directorsAndOfficersWorkInCandidateGroupsDerivedFromProvinceAndGroup() {
    assertThat(Person.directorGroup("50", "promotion")).isEqualTo("director:50:promotion");
    assertThat(Person.officerGroup("50")).isEqualTo("officer:50");
    assertThat(named("ก", "ข").candidateGroups()).isEmpty();
  }

  @Test
  void anAccountClosesFromItsInstantKeepsItsFirstClosureAndOpensAgain() {
    Person p = named("สมศรี", "ปิดบัญชี");
    java.time.Instant midnight = java.time.Instant.parse("2026-12-02T17:00:00Z");
    assertThat(p.isClosedAt(midnight)).isFalse();

    p.close(AccountClosure.PARTICIPATION_ENDED, midnight);

    assertThat(p.isClosedAt(midnight.minusSeconds(1))).as("open until the instant").isFalse();
    assertThat(p.isClosedAt(midnight)).isTrue();
    p.close(AccountClosure.ROSTER_DROPPED, midnight.minusSeconds(3600));
    assertThat(p.getClosedBecause()).as("the first closure stands").isEqualTo(AccountClosure.PARTICIPATION_ENDED);
    assertThat(p.getClosedFrom()).isEqualTo(midnight);

    p.reopen();

    assertThat(p.isClosedAt(midnight.plusSeconds(86_400))).isFalse();
    assertThat(p.getClosedBecause()).isNull();
    assertThat(p.getClosedFrom()).isNull();
  }
}
