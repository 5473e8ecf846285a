package th.go.cdd.performance.roster;

import java.util.Locale;
import java.util.Optional;
import th.go.cdd.performance.people.Role;

/** The role column of a roster: English names or the Thai position words. Administrators are never on a roster. */
public final class RosterRole {
  private RosterRole() {}

  public static Optional<Role> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.strip();
    return switch (t.toUpperCase(Locale.ROOT)) {
      case "STAFF", "พนักงาน", "พนักงานจ้างเหมา", "พนักงานราชการ" -> Optional.of(Role.STAFF);
      case "DIRECTOR", "ผู้อำนวยการกลุ่มงาน", "ผู้อำนวยการกลุ่ม" -> Optional.of(Role.DIRECTOR);
      case "OFFICER", "พัฒนาการจังหวัด" -> Optional.of(Role.OFFICER);
      default -> Optional.empty();
    };
  }
}
