package th.go.cdd.performance.circular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CircularNumbersTest {
  private static final String NUMBER = "มท ๐๔๐๒.๒/ว ๒๕๗๓";

  @Test
  void searchKeyMakesThaiDigitsArabicAndDropsSpaces() {
    assertEquals("มท0402.2/ว2573", CircularNumbers.searchKey(NUMBER));
  }

  @Test
  void arabicOrThaiDigitsFindTheSameCircular() {
    assertTrue(CircularNumbers.matches(NUMBER, "ประชุมชี้แจง", "ว 2573"));
    assertTrue(CircularNumbers.matches(NUMBER, "ประชุมชี้แจง", "ว๒๕๗๓"));
    assertTrue(CircularNumbers.matches("มท 0402.2/ว 2573", null, "๐๔๐๒.๒"));
    assertTrue(CircularNumbers.matches(NUMBER, "ประชุมชี้แจง", "ชี้แจง"));
    assertFalse(CircularNumbers.matches(NUMBER, "ประชุมชี้แจง", "ว 2399"));
    assertTrue(CircularNumbers.matches(null, null, " "));
  }
}
