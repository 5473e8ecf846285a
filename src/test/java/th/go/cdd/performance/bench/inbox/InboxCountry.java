package th.go.cdd.performance.bench.inbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A country's program year at a deadline, written by set-based SQL so 40,000 reports take seconds: 76
 * provinces of 4 work groups, 10,000 staff spread over them (131 or 132 a province), a director for each
 * group ({@code bench.P01.d1}..{@code d4}) and an officer for each province ({@code bench.P01.officer}),
 * one program of 4 rounds and a report per staff member per round. Who holds a report mirrors
 * {@code Report}'s transitions and the surge seeder's spread: a draft or a returned report is held by its
 * staff member by name; one with the director waits in {@code director:<province>:<group>}; one with the officer in
 * {@code officer:<province>} (at the deadline a third of those claimed, held by the director's or the
 * officer's name too); a signed one by nobody.
 * Rounds 1-3 are past (mostly signed, a few stuck at every step); round 4 is at its deadline, spread over
 * every step.
 */
final class InboxCountry {
  static final int PROVINCES = 76;
  static final int GROUPS = 4;
  static final int STAFF = 10_000;
  static final int ROUNDS = 4;
  /** Where the people's ids start: staff from 1, directors and officers after them. */
  private static final int DIRECTORS_FROM = 20_000;
  private static final int OFFICERS_FROM = 30_000;

  /** A third of each group's staff, whose report at the deadline the director or the officer has claimed. */
  private static final String CLAIMED = "mod(t.NUMBER / " + GROUPS + ", 3) = 1";

  private final boolean postgres;

  InboxCountry(boolean postgres) {
    this.postgres = postgres;
  }

  void writeInto(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("insert into PROVINCE (CODE, NAMETH, NAMEEN) select " + province("g.x") + ", 'จังหวัด ' || g.x, 'Province ' || g.x from "
          + range(PROVINCES));
      s.execute("insert into PROGRAM (ID, CODE, NAMETH, NAMEEN, STATUS) values (1, 'BENCH-2570', 'โครงการ 2570', 'Program 2570', 'STARTED')");
      s.execute("insert into COHORT (ID, NUMBER, PROGRAM_ID, CONTRACTSTART, CONTRACTEND) values (1, 1, 1, DATE '2026-01-01', DATE '2026-12-31')");
      s.execute("insert into REPORTING_ROUND (ID, NUMBER, PROGRAM_ID, PERIODSTART, PERIODEND, DUEDATE) values "
          + "(1, 1, 1, DATE '2026-01-01', DATE '2026-03-31', DATE '2026-04-10'), (2, 2, 1, DATE '2026-04-01', DATE '2026-06-30', DATE '2026-07-10'), "
          + "(3, 3, 1, DATE '2026-07-01', DATE '2026-09-30', DATE '2026-10-09'), (4, 4, 1, DATE '2026-10-01', DATE '2026-11-30', DATE '2026-12-03')");
      // group id = (province - 1) * 4 + group number
      s.execute("insert into WORK_GROUP (ID, PROVINCE_CODE, CODE, NAMETH) select g.x, " + province("(g.x - 1) / " + GROUPS + " + 1")
          + ", 'G' || (mod(g.x - 1, " + GROUPS + ") + 1), 'กลุ่มงาน ' || (mod(g.x - 1, " + GROUPS + ") + 1) from " + range(PROVINCES * GROUPS));
      // staff x is number (x - 1) / 76 of province mod(x - 1, 76) + 1, in that province's group mod(number, 4) + 1
      s.execute(person("g.x", province("mod(g.x - 1, " + PROVINCES + ") + 1"), "'.s' || ((g.x - 1) / " + PROVINCES + ")", "'STAFF'",
          "mod(g.x - 1, " + PROVINCES + ") * " + GROUPS + " + mod((g.x - 1) / " + PROVINCES + ", " + GROUPS + ") + 1", "1") + range(STAFF));
      s.execute(person(DIRECTORS_FROM + " + g.x", province("(g.x - 1) / " + GROUPS + " + 1"), "'.d' || (mod(g.x - 1, " + GROUPS + ") + 1)",
          "'DIRECTOR'", "g.x", "null") + range(PROVINCES * GROUPS));
      s.execute(person(OFFICERS_FROM + " + g.x", province("g.x"), "'.officer'", "'OFFICER'", "null", "null") + range(PROVINCES));
      s.execute(reports());
    }
  }

  /** The report of every staff member for every round, with its status and holder from the staff member's number. */
  private static String reports() {
    String number = "cast(substring(s.USERNAME, position('.s' in s.USERNAME) + 2) as int)";
    String status = "case when rd.NUMBER = " + ROUNDS + " then case mod(" + number + ", 10) when 0 then 'WITH_DIRECTOR' when 1 then 'WITH_DIRECTOR' "
        + "when 2 then 'WITH_DIRECTOR' when 3 then 'WITH_DIRECTOR' when 4 then 'WITH_OFFICER' when 5 then 'WITH_OFFICER' when 6 then 'SIGNED' "
        + "when 7 then 'RETURNED' else 'DRAFT' end "
        + "else case mod(" + number + " + rd.NUMBER, 20) when 3 then 'WITH_OFFICER' when 4 then 'WITH_DIRECTOR' when 5 then 'RETURNED' "
        + "when 6 then 'DRAFT' else 'SIGNED' end end";
    return "insert into REPORT (ID, STAFF_ID, ROUND_ID, STATUS, PENDINGGROUP, PENDINGASSIGNEE, DUEDATE, OVERDUE, SUBMISSIONCOUNT, VERSION, UPDATEDAT) "
        + "select t.ID, t.STAFF_ID, t.ROUND_ID, t.STATUS, "
        + "case t.STATUS when 'WITH_DIRECTOR' then 'director:' || t.PROVINCE_CODE || ':' || t.GROUP_CODE when 'WITH_OFFICER' then 'officer:' || t.PROVINCE_CODE end, "
        + "case when t.STATUS in ('DRAFT', 'RETURNED') then t.USERNAME "
        + "when t.STATUS = 'WITH_DIRECTOR' and t.ROUND_ID = " + ROUNDS + " and " + CLAIMED + " then 'bench.' || t.PROVINCE_CODE || '.d' || substring(t.GROUP_CODE, 2) "
        + "when t.STATUS = 'WITH_OFFICER' and t.ROUND_ID = " + ROUNDS + " and " + CLAIMED + " then 'bench.' || t.PROVINCE_CODE || '.officer' end, "
        + "t.DUEDATE, false, case when t.STATUS in ('DRAFT') then 0 else 1 end, 1, TIMESTAMP '2026-12-01 09:00:00' "
        + "from (select (rd.ID - 1) * " + STAFF + " + s.ID as ID, s.ID as STAFF_ID, rd.ID as ROUND_ID, " + status + " as STATUS, " + number + " as NUMBER, "
        + "s.USERNAME, s.PROVINCE_CODE, wg.CODE as GROUP_CODE, rd.DUEDATE "
        + "from PERSON s join WORK_GROUP wg on wg.ID = s.WORKGROUP_ID cross join REPORTING_ROUND rd where s.ROLE = 'STAFF') t";
  }

  private static String person(String id, String province, String usernameTail, String role, String workGroup, String cohort) {
    return "insert into PERSON (ID, USERNAME, PASSWORDHASH, ROLE, TITLE, FIRSTNAME, LASTNAME, NAMESORTKEY, PROVINCE_CODE, WORKGROUP_ID, COHORT_ID, "
        + "MUSTCHANGEPASSWORD, FAILEDLOGINS) select " + id + ", 'bench.' || " + province + " || " + usernameTail + ", 'x', " + role
        + ", 'นาย', 'ชื่อ' || g.x, 'นามสกุล' || g.x, 'k' || g.x, " + province + ", " + workGroup + ", " + cohort + ", false, 0 from ";
  }

  /** A province's code from its number 1..76: P01..P76. */
  private static String province(String number) {
    return "('P' || lpad(cast(" + number + " as varchar(4)), 2, '0'))";
  }

  /** The numbers 1..n as rows of one column X, aliased g. */
  private String range(int n) {
    return postgres ? "generate_series(1, " + n + ") as g(x)" : "system_range(1, " + n + ") g";
  }
}
