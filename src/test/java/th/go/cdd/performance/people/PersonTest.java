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
}
