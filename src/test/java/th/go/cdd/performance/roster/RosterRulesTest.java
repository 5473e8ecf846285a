package th.go.cdd.performance.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import th.go.cdd.performance.people.Role;
import th.go.cdd.performance.shared.BusinessException;

class RosterRulesTest {
  static final String HEADER = "คำนำหน้า,ชื่อ,นามสกุล,เลขประจำตัว,ตำแหน่ง,รหัสกลุ่มงาน,กลุ่มงาน,รหัสจังหวัด,บทบาท,อีเมล,โทรศัพท์,รุ่น,วันเริ่มสัญญา,วันสิ้นสุดสัญญา";
  static final String GOOD = "นางสาว,สมศรี,ใจดี,S001,นักพัฒนาชุมชน,G1,กลุ่มงานส่งเสริม,50,พนักงาน,somsri@example.org,081-234-5678,1,01/10/2564,30/09/2565";
  static final RosterRules.Known KNOWN = new RosterRules.Known(Set.of("50", "40"), Map.of(1, Set.of("50"), 2, Set.of("40")),
      LocalDate.of(2022, 1, 10));

  static CheckedRoster check(String csv) {
    return RosterRules.check(RosterFile.read(csv.getBytes(StandardCharsets.UTF_8)), KNOWN);
  }

  @Test
  void aCleanFileGivesItsRowsWithBuddhistEraDatesAndRoles() {
    CheckedRoster r = check("\uFEFF" + HEADER + "\r\n" + GOOD + "\r\n"
        + "นาย,สมชาย,ดีมาก,D001,ผู้อำนวยการกลุ่มงานส่งเสริม,G1,กลุ่มงานส่งเสริม,50,DIRECTOR,,,,,\r\n"
        + "นาย,ประยุทธ,พัฒนา,O001,พัฒนาการจังหวัดเชียงใหม่,,,50,พัฒนาการจังหวัด,,,,,\r\n");
    assertThat(r.problems()).isEmpty();
    assertThat(r.rows()).hasSize(3);
    RosterRow staff = r.rows().get(0);
    assertThat(staff.line()).isEqualTo(2);
    assertThat(staff.role()).isEqualTo(Role.STAFF);
    assertThat(staff.contractStart()).isEqualTo(LocalDate.of(2021, 10, 1));
    assertThat(staff.contractEnd()).isEqualTo(LocalDate.of(2022, 9, 30));
    assertThat(staff.cohort()).isEqualTo(1);
    assertThat(r.rows().get(1).role()).isEqualTo(Role.DIRECTOR);
    assertThat(r.rows().get(2).role()).isEqualTo(Role.OFFICER);
    assertThat(r.rows().get(2).groupCode()).isNull();
  }

  @Test
  void englishHeadingsAreAccepted() {
    CheckedRoster r = check("title,first name,last name,staff number,position,group code,group name,province code,role,cohort\n"
        + "Mr,A,B,S9,dev,G1,Group,50,STAFF,1\n");
    assertThat(r.problems()).isEmpty();
    assertThat(r.rows().get(0).firstName()).isEqualTo("A");
  }

  static Stream<Arguments> badRows() {
    return Stream.of(
        Arguments.of("missing first name", GOOD.replace("สมศรี", ""), "roster.required"),
        Arguments.of("unknown province", GOOD.replace(",50,", ",99,"), "roster.badProvince"),
        Arguments.of("province not two digits", GOOD.replace(",50,", ",5,"), "roster.badProvince"),
        Arguments.of("bad role", GOOD.replace("พนักงาน,", "หัวหน้า,"), "roster.badRole"),
        Arguments.of("bad date", GOOD.replace("01/10/2564", "31/02/2564"), "roster.badDate"),
        Arguments.of("Christian-era year", GOOD.replace("01/10/2564", "01/10/2021"), "roster.badDate"),
        Arguments.of("dates out of order", GOOD.replace("30/09/2565", "30/09/2563"), "roster.datesOrder"),
        Arguments.of("overlong name", GOOD.replace("สมศรี", "ก".repeat(101)), "roster.tooLong"),
        Arguments.of("bad e-mail", GOOD.replace("somsri@example.org", "somsri"), "roster.badEmail"),
        Arguments.of("cohort not in program", GOOD.replace(",1,01/", ",7,01/"), "roster.badCohort"),
        Arguments.of("province not in cohort", GOOD.replace(",1,01/", ",2,01/"), "roster.provinceNotInCohort"),
        Arguments.of("staff without group", GOOD.replace("G1,", ","), "roster.required"),
        Arguments.of("bad staff number", GOOD.replace("S001", "S 001"), "roster.badStaffNumber"),
        Arguments.of("national id value", GOOD.replace("S001", "1234567890123"), "roster.nationalIdValue"),
        Arguments.of("masked national id value", GOOD.replace("081-234-5678", "1-2345-67890-12-3"), "roster.nationalIdValue"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badRows")
  void aBadRowIsReportedWithItsLineAndNothingIsKept(String why, String row, String key) {
    CheckedRoster r = check(HEADER + "\n" + GOOD.replace("S001", "S000") + "\n" + row + "\n");
    assertThat(r.clean()).isFalse();
    assertThat(r.rows()).isEmpty();
    assertThat(r.problems()).extracting(RosterProblem::line).containsOnly(3);
    assertThat(r.problems()).extracting(RosterProblem::key).contains(key);
  }

  @Test
  void aDuplicateStaffNumberNamesTheFirstLine() {
    CheckedRoster r = check(HEADER + "\n" + GOOD + "\n\n" + GOOD.replace("สมศรี", "สมหญิง") + "\n");
    assertThat(r.problems()).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(4);
      assertThat(p.key()).isEqualTo("roster.duplicateStaffNumber");
      assertThat(p.args()).containsExactly("S001", 2);
    });
  }

  @Test
  void anEffectiveDateUpToAYearAheadIsAcceptedAndOneBeyondIsRefused() {
    assertThat(check(HEADER + ",มีผลตั้งแต่\n" + GOOD + ",01/03/2565\n").rows().get(0).effectiveFrom()).isEqualTo(LocalDate.of(2022, 3, 1));
    assertThat(check(HEADER + ",มีผลตั้งแต่\n" + GOOD + ",01/01/2565\n").rows().get(0).effectiveFrom()).isEqualTo(LocalDate.of(2022, 1, 1));
    CheckedRoster tooFar = check(HEADER + ",มีผลตั้งแต่\n" + GOOD + ",01/03/2566\n");
    assertThat(tooFar.problems()).extracting(RosterProblem::key).containsExactly("roster.effectiveTooFar");
  }

  @Test
  void formulaLookingTextIsKeptAsPlainText() {
    CheckedRoster r = check(HEADER + "\n" + GOOD.replace("นักพัฒนาชุมชน", "\"=HYPERLINK(\"\"http://evil\"\")\"") + "\n");
    assertThat(r.problems()).isEmpty();
    assertThat(r.rows().get(0).position()).isEqualTo("=HYPERLINK(\"http://evil\")");
  }

  @Test
  void headerProblemsComeFirstAndANationalIdColumnIsRefused() {
    CheckedRoster r = check("ชื่อ,นามสกุล,เลขประจำตัวประชาชน,shoe size\nก,ข,1234567890123,42\n");
    assertThat(r.problems()).allMatch(p -> p.line() == 1);
    assertThat(r.problems()).extracting(RosterProblem::key)
        .contains("roster.nationalIdColumn", "roster.unknownColumn", "roster.missingColumn");
  }

  @Test
  void aQuotedCellMaySpanLinesAndLineNumbersFollowTheFile() {
    List<RosterFile.Line> lines = RosterFile.parseCsv("a,b\n\"x\ny\",z\nlast,row");
    assertThat(lines).extracting(RosterFile.Line::number).containsExactly(1, 2, 4);
    assertThat(lines.get(1).cells()).containsExactly("x\ny", "z");
  }

  @Test
  void theFileKindIsToldByContentAndLimitsHold() throws java.io.IOException {
    assertThatThrownBy(() -> RosterFile.read(new byte[0])).isInstanceOf(BusinessException.class).hasMessage("roster.fileEmpty");
    assertThatThrownBy(() -> RosterFile.read(new byte[RosterFile.MAX_BYTES + 1])).hasMessage("roster.fileTooLarge");
    assertThatThrownBy(() -> RosterFile.read(new byte[] {'P', 'K', 3, 4, 0, 0})).hasMessage("roster.fileType");
    byte[] bomb = th.go.cdd.performance.shared.ZipPackageTest.packageOf("xl/worksheets/", 1, 32 * 1024 * 1024);
    assertThatThrownBy(() -> RosterFile.read(bomb)).hasMessage("upload.zipBomb");
    assertThatThrownBy(() -> RosterFile.read(new byte[] {'a', ',', (byte) 0xC3, '\n'})).hasMessage("roster.notUtf8");
    assertThatThrownBy(() -> RosterFile.read(new byte[] {'a', 0, 'b'})).hasMessage("roster.fileType");
    StringBuilder many = new StringBuilder(HEADER).append('\n');
    for (int i = 0; i <= RosterFile.MAX_LINES; i++) {
      many.append("x\n");
    }
    assertThatThrownBy(() -> RosterFile.read(many.toString().getBytes(StandardCharsets.UTF_8))).hasMessage("roster.tooManyLines");
  }

  @Test
  void anExcelWorkbookIsReadLikeTheCsv() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      XSSFSheet sheet = book.createSheet("roster");
      String[] header = HEADER.split(",");
      String[] good = GOOD.split(",");
      XSSFRow h = sheet.createRow(0);
      XSSFRow g = sheet.createRow(1);
      for (int i = 0; i < header.length; i++) {
        h.createCell(i).setCellValue(header[i]);
        if (!good[i].isEmpty()) {
          g.createCell(i).setCellValue(good[i]);
        }
      }
      g.getCell(11).setCellValue(1);
      book.write(out);
    }
    CheckedRoster r = RosterRules.check(RosterFile.read(out.toByteArray()), KNOWN);
    assertThat(r.problems()).isEmpty();
    assertThat(r.rows()).singleElement().satisfies(row -> {
      assertThat(row.staffNumber()).isEqualTo("S001");
      assertThat(row.cohort()).isEqualTo(1);
      assertThat(row.line()).isEqualTo(2);
    });
  }
}
