package th.go.cdd.performance.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.people.Role;
import th.go.cdd.performance.people.WorkGroup;
import th.go.cdd.performance.program.Province;
import th.go.cdd.performance.shared.BaseEntity;

/**
 * The inbox's queries: an approver's held reports are looked up once per column (an OR over the two columns
 * is a full scan on H2), and the page and the count are narrowed to those ids and still ask who holds them;
 * staff and administrators are read as before.
 */
class InboxQueryTest {
  private long ids = 1;
  private final Province chiangMai = new Province("50", "เชียงใหม่", "Chiang Mai");
  private final WorkGroup group1 = with(new WorkGroup(chiangMai, "g1", "กลุ่ม ๑"));

  @Test
  void anApproversHeldReportsAreLookedUpByNameAndByGroupEachOnItsOwnColumn() {
    Person director = person("director", Role.DIRECTOR);

    List<InboxQuery> held = InboxQuery.held(director, List.of());

    assertThat(held).extracting(InboxQuery::jpql).containsExactly(
        "select r.id from Report r where r.pendingAssignee in :assignees", "select r.id from Report r where r.pendingGroup in :groups");
    assertThat(held).extracting(InboxQuery::parameters)
        .containsExactly(Map.of("assignees", List.of("director")), Map.of("groups", List.of("director:50:g1")));
  }

  @Test
  void anApproversPageAndCountAreNarrowedToTheHeldIdsAndStillAskWhoHoldsThem() {
    Person officer = person("officer", Role.OFFICER);

    InboxQuery page = InboxQuery.page(officer, List.of(), List.of(3L, 7L), InboxFilter.none(), null, true);
    InboxQuery count = InboxQuery.count(officer, List.of(), List.of(3L, 7L), InboxFilter.none());

    String where = "where r.id in :held and (r.pendingAssignee in :assignees or r.pendingGroup in :groups)";
    assertThat(page.jpql()).contains(where).endsWith(" order by r.dueDate asc, r.id asc");
    assertThat(count.jpql()).isEqualTo("select count(r) from Report r join r.staff s join r.round rd " + where);
    assertThat(count.parameters()).isEqualTo(Map.of("held", List.of(3L, 7L), "assignees", List.of("officer"), "groups", List.of("officer:50")));
    assertThatThrownBy(() -> InboxQuery.count(officer, List.of(), List.of(), InboxFilter.none())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void staffAndAdministratorsAreNotAskedByHolder() {
    Person staff = person("staff", Role.STAFF);
    Person admin = person("admin", Role.ADMIN);

    assertThat(InboxQuery.held(staff, List.of())).isEmpty();
    assertThat(InboxQuery.held(admin, List.of())).isEmpty();
    assertThat(InboxQuery.count(staff, List.of(), null, InboxFilter.none()).jpql()).endsWith("where s.id = :me");
    assertThat(InboxQuery.count(admin, List.of(), null, InboxFilter.none()).jpql()).endsWith("where 1 = 1");
  }

  private Person person(String username, Role role) {
    Person p = with(new Person(username, "hash", role, "นาย", username, "ทดสอบ"));
    p.placeIn(chiangMai, group1, "นักพัฒนาชุมชน");
    return p;
  }

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
