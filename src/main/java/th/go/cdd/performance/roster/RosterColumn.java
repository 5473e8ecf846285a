package th.go.cdd.performance.roster;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of a roster file, in any order, named in the header row in Thai or in English.
 * Required: title, first name, last name, staff number, position, province code, role. Group code
 * and group name are required for staff and group directors; cohort number for staff. The contract
 * dates (dd/mm/yyyy, Buddhist Era) default to the cohort's. "Effective from" dates a move.
 */
public enum RosterColumn {
  TITLE(64, "คำนำหน้า", "คำนำหน้าชื่อ", "title"),
  FIRST_NAME(100, "ชื่อ", "first name", "firstname"),
  LAST_NAME(100, "นามสกุล", "last name", "lastname", "surname"),
  STAFF_NUMBER(32, "เลขประจำตัว", "รหัสพนักงาน", "staff number", "staff no", "staffnumber"),
  POSITION(200, "ตำแหน่ง", "position"),
  GROUP_CODE(32, "รหัสกลุ่มงาน", "group code", "groupcode"),
  GROUP_NAME(200, "กลุ่มงาน", "ชื่อกลุ่มงาน", "group name", "group", "groupname"),
  PROVINCE_CODE(2, "รหัสจังหวัด", "province code", "province", "provincecode"),
  ROLE(40, "บทบาท", "role"),
  EMAIL(200, "อีเมล", "อีเมล์", "e-mail", "email"),
  PHONE(32, "โทรศัพท์", "เบอร์โทรศัพท์", "phone", "telephone"),
  COHORT(3, "รุ่น", "รุ่นที่", "cohort", "cohort number"),
  CONTRACT_START(10, "วันเริ่มสัญญา", "เริ่มสัญญา", "contract start"),
  CONTRACT_END(10, "วันสิ้นสุดสัญญา", "สิ้นสุดสัญญา", "contract end"),
  EFFECTIVE_FROM(10, "มีผลตั้งแต่", "วันที่มีผล", "effective from");

  public static final List<RosterColumn> REQUIRED = List.of(TITLE, FIRST_NAME, LAST_NAME, STAFF_NUMBER, POSITION, PROVINCE_CODE, ROLE);

  private final int maxLength;
  private final List<String> names;

  RosterColumn(int maxLength, String... names) {
    this.maxLength = maxLength;
    this.names = List.of(names);
  }

  public int maxLength() {
    return maxLength;
  }

  /** The Thai heading a template shows. */
  public String thaiName() {
    return names.get(0);
  }

  public static Optional<RosterColumn> byHeading(String heading) {
    if (heading == null) {
      return Optional.empty();
    }
    String h = heading.strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT).replace('_', ' ');
    for (RosterColumn c : values()) {
      if (c.names.contains(h)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
