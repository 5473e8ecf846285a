package th.go.cdd.performance.roster;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import th.go.cdd.performance.people.Role;
import th.go.cdd.performance.shared.ThaiDates;

/**
 * Checks the lines of a roster file against the columns' rules and what the program knows
 * (provinces, and per cohort number its provinces), and returns the rows or every problem by line.
 * A national id is not kept (PDPA: the program does not need it): a column or a value that looks
 * like one is refused with its own message.
 */
public final class RosterRules {
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,32}");
  private static final Pattern PROVINCE = Pattern.compile("\\d{2}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern PHONE = Pattern.compile("[0-9+() -]{3,32}");
  private static final Pattern NATIONAL_ID = Pattern.compile("\\d{13}|\\d-\\d{4}-\\d{5}-\\d{2}-\\d");
  private static final Set<String> NATIONAL_ID_HEADINGS = Set.of("เลขประจำตัวประชาชน", "เลขบัตรประชาชน", "national id",
      "citizen id", "id card", "national id number");

  /** What the program knows: its provinces, and for each cohort number the provinces of that cohort. */
  public record Known(Set<String> provinceCodes, Map<Integer, Set<String>> cohortProvinces, LocalDate today) {}

  private RosterRules() {}

  public static CheckedRoster check(List<RosterFile.Line> lines, Known known) {
    List<RosterProblem> problems = new ArrayList<>();
    List<RosterRow> rows = new ArrayList<>();
    RosterFile.Line header = lines.get(0);
    Map<RosterColumn, Integer> columns = new EnumMap<>(RosterColumn.class);
    for (int i = 0; i < header.cells().size(); i++) {
      String heading = header.cells().get(i);
      if (heading == null || heading.isBlank()) {
        continue;
      }
      if (NATIONAL_ID_HEADINGS.contains(heading.strip().toLowerCase(Locale.ROOT))) {
        problems.add(RosterProblem.of(header.number(), "roster.nationalIdColumn", heading.strip()));
        continue;
      }
      Optional<RosterColumn> column = RosterColumn.byHeading(heading);
      if (column.isEmpty()) {
        problems.add(RosterProblem.of(header.number(), "roster.unknownColumn", heading.strip()));
      } else if (columns.putIfAbsent(column.get(), i) != null) {
        problems.add(RosterProblem.of(header.number(), "roster.repeatedColumn", heading.strip()));
      }
    }
    for (RosterColumn required : RosterColumn.REQUIRED) {
      if (!columns.containsKey(required)) {
        problems.add(RosterProblem.of(header.number(), "roster.missingColumn", required.thaiName()));
      }
    }
    if (!problems.isEmpty()) {
      return new CheckedRoster(List.of(), List.copyOf(problems));
    }
    Map<String, Integer> staffNumbers = new HashMap<>();
    Map<String, String> groupNames = new HashMap<>();
    for (RosterFile.Line line : lines.subList(1, lines.size())) {
      if (line.blank()) {
        continue;
      }
      List<RosterProblem> own = new ArrayList<>();
      RosterRow row = row(line, columns, known, own);
      if (row != null) {
        Integer first = staffNumbers.putIfAbsent(row.staffNumber().toUpperCase(Locale.ROOT), line.number());
        if (first != null) {
          own.add(RosterProblem.of(line.number(), "roster.duplicateStaffNumber", row.staffNumber(), first));
        }
        if (row.groupCode() != null) {
          String key = row.provinceCode() + ":" + row.groupCode();
          String name = groupNames.putIfAbsent(key, row.groupName());
          if (name != null && !name.equals(row.groupName())) {
            own.add(RosterProblem.of(line.number(), "roster.groupNameConflict", row.groupCode(), name));
          }
        }
      }
      if (own.isEmpty()) {
        rows.add(row);
      } else {
        problems.addAll(own);
      }
    }
    if (rows.isEmpty() && problems.isEmpty()) {
      problems.add(RosterProblem.of(header.number(), "roster.noRows"));
    }
    return new CheckedRoster(problems.isEmpty() ? List.copyOf(rows) : List.of(), List.copyOf(problems));
  }

  private static RosterRow row(RosterFile.Line line, Map<RosterColumn, Integer> columns, Known known, List<RosterProblem> problems) {
    int n = line.number();
    Map<RosterColumn, String> v = new EnumMap<>(RosterColumn.class);
    for (Map.Entry<RosterColumn, Integer> e : columns.entrySet()) {
      String raw = e.getValue() < line.cells().size() ? line.cells().get(e.getValue()) : "";
      String value = raw == null ? "" : clean(raw);
      if (value.length() > e.getKey().maxLength()) {
        problems.add(RosterProblem.of(n, "roster.tooLong", e.getKey().thaiName(), e.getKey().maxLength()));
        value = "";
      }
      if (NATIONAL_ID.matcher(value).matches()) {
        problems.add(RosterProblem.of(n, "roster.nationalIdValue", e.getKey().thaiName()));
        value = "";
      }
      v.put(e.getKey(), value.isEmpty() ? null : value);
    }
    for (RosterColumn c : List.of(RosterColumn.FIRST_NAME, RosterColumn.LAST_NAME, RosterColumn.STAFF_NUMBER, RosterColumn.POSITION)) {
      if (v.get(c) == null) {
        problems.add(RosterProblem.of(n, "roster.required", c.thaiName()));
      }
    }
    String staffNumber = v.get(RosterColumn.STAFF_NUMBER);
    if (staffNumber != null && !CODE.matcher(staffNumber).matches()) {
      problems.add(RosterProblem.of(n, "roster.badStaffNumber", staffNumber));
    }
    String province = v.get(RosterColumn.PROVINCE_CODE);
    if (province != null) {
      province = ThaiDates.toArabicDigits(province);
    }
    if (province == null || !PROVINCE.matcher(province).matches() || !known.provinceCodes().contains(province)) {
      problems.add(RosterProblem.of(n, "roster.badProvince", province == null ? "" : province));
    }
    Optional<Role> role = RosterRole.parse(v.get(RosterColumn.ROLE));
    if (role.isEmpty()) {
      problems.add(RosterProblem.of(n, "roster.badRole", v.get(RosterColumn.ROLE) == null ? "" : v.get(RosterColumn.ROLE)));
    }
    String groupCode = v.get(RosterColumn.GROUP_CODE);
    String groupName = v.get(RosterColumn.GROUP_NAME);
    boolean needsGroup = role.isPresent() && role.get() != Role.OFFICER;
    if (groupCode == null && needsGroup) {
      problems.add(RosterProblem.of(n, "roster.required", RosterColumn.GROUP_CODE.thaiName()));
    }
    if (groupCode != null && !CODE.matcher(groupCode).matches()) {
      problems.add(RosterProblem.of(n, "roster.badGroupCode", groupCode));
    }
    if (groupCode != null && groupName == null) {
      problems.add(RosterProblem.of(n, "roster.required", RosterColumn.GROUP_NAME.thaiName()));
    }
    String email = v.get(RosterColumn.EMAIL);
    if (email != null && !EMAIL.matcher(email).matches()) {
      problems.add(RosterProblem.of(n, "roster.badEmail", email));
    }
    String phone = v.get(RosterColumn.PHONE);
    if (phone != null && !PHONE.matcher(phone).matches()) {
      problems.add(RosterProblem.of(n, "roster.badPhone", phone));
    }
    Integer cohort = null;
    String cohortText = v.get(RosterColumn.COHORT);
    if (cohortText != null) {
      try {
        cohort = Integer.valueOf(ThaiDates.toArabicDigits(cohortText));
      } catch (NumberFormatException e) {
        problems.add(RosterProblem.of(n, "roster.badCohort", cohortText));
      }
    }
    if (role.isPresent() && role.get() == Role.STAFF) {
      if (cohortText == null) {
        problems.add(RosterProblem.of(n, "roster.required", RosterColumn.COHORT.thaiName()));
      } else if (cohort != null && !known.cohortProvinces().containsKey(cohort)) {
        problems.add(RosterProblem.of(n, "roster.badCohort", cohortText));
      } else if (cohort != null && province != null && !known.cohortProvinces().get(cohort).contains(province)) {
        problems.add(RosterProblem.of(n, "roster.provinceNotInCohort", province, cohort));
      }
    }
    LocalDate start = date(n, RosterColumn.CONTRACT_START, v, problems);
    LocalDate end = date(n, RosterColumn.CONTRACT_END, v, problems);
    LocalDate effective = date(n, RosterColumn.EFFECTIVE_FROM, v, problems);
    if (start != null && end != null && end.isBefore(start)) {
      problems.add(RosterProblem.of(n, "roster.datesOrder"));
    }
    if (effective != null && effective.isAfter(known.today().plusYears(1))) {
      problems.add(RosterProblem.of(n, "roster.effectiveTooFar", ThaiDates.format(effective)));
    }
    if (!problems.isEmpty()) {
      return null;
    }
    return new RosterRow(n, v.get(RosterColumn.TITLE), v.get(RosterColumn.FIRST_NAME), v.get(RosterColumn.LAST_NAME), staffNumber,
        v.get(RosterColumn.POSITION), groupCode, groupCode == null ? null : groupName, province, role.get(), email, phone, cohort,
        start, end, effective);
  }

  private static LocalDate date(int line, RosterColumn column, Map<RosterColumn, String> v, List<RosterProblem> problems) {
    String text = v.get(column);
    if (text == null) {
      return null;
    }
    try {
      return ThaiDates.parse(text);
    } catch (DateTimeParseException e) {
      problems.add(RosterProblem.of(line, "roster.badDate", column.thaiName(), text));
      return null;
    }
  }

  /** Trims and drops control characters (a name never holds a tab or a line break). */
  private static String clean(String raw) {
    StringBuilder b = new StringBuilder(raw.length());
    raw.codePoints().filter(c -> !Character.isISOControl(c)).forEach(b::appendCodePoint);
    return b.toString().strip();
  }
}
