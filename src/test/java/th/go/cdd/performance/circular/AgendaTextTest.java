package th.go.cdd.performance.circular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.go.cdd.performance.shared.BusinessException;

class AgendaTextTest {
  @Test
  void parsesTheOrientationAgendaWithThaiDigitsAndMissingSpeakers() {
    List<AgendaText.Line> lines = AgendaText.parse("""
        08:00-08:30 | ทดสอบความพร้อมระบบประชุมทางไกล
        ๐๘.๓๐–๐๙.๐๐ | รายงานตัว |
        09:00-10:00 | วิสัยทัศน์ พันธกิจ ผู้บริหาร | อธิบดีหรือรองอธิบดี

        13:00-14:00 | การสนับสนุนกองทุนพัฒนาบทบาทสตรี | ผู้อำนวยการสำนักงานกองทุนพัฒนาบทบาทสตรี
        """);
    assertEquals(4, lines.size());
    assertEquals(LocalTime.of(8, 30), lines.get(1).startsAt());
    assertEquals(LocalTime.of(9, 0), lines.get(1).endsAt());
    assertNull(lines.get(1).speaker());
    assertEquals("อธิบดีหรือรองอธิบดี", lines.get(2).speaker());
    assertEquals(lines, AgendaText.parse(AgendaText.format(lines)));
  }

  @Test
  void refusesALineWithoutATopicGivingItsNumber() {
    BusinessException e = assertThrows(BusinessException.class, () -> AgendaText.parse("08:00-08:30 | a\n09:00-10:00"));
    assertEquals("agenda.line", e.getKey());
    assertEquals(2, e.getArgs()[0]);
  }

  @Test
  void refusesBadTimesAndItemsGoingBackwards() {
    assertEquals("agenda.time", assertThrows(BusinessException.class, () -> AgendaText.parse("25:00-26:00 | a")).getKey());
    assertEquals("agenda.time", assertThrows(BusinessException.class, () -> AgendaText.parse("morning | a")).getKey());
    assertEquals("agenda.order", assertThrows(BusinessException.class, () -> AgendaText.parse("10:00-09:00 | a")).getKey());
    assertEquals("agenda.order",
        assertThrows(BusinessException.class, () -> AgendaText.parse("09:00-10:00 | a\n09:30-10:30 | b")).getKey());
  }

  @Test
  void theSeededAgendaOfTheOrientationReadsAsInTheCircular() {
    List<AgendaText.Line> lines = AgendaText.parse(Agendas.read(Agendas.AGENDA_2564));
    assertEquals(8, lines.size());
    assertEquals(LocalTime.of(8, 0), lines.get(0).startsAt());
    assertEquals("รายงานตัว", lines.get(1).topic());
    assertEquals(LocalTime.of(15, 30), lines.get(7).endsAt());
    assertEquals("ผู้อำนวยการกลุ่มงานวางแผนอัตรากำลัง", lines.get(7).speaker());
  }
}
