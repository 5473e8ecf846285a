package th.go.cdd.performance.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {
  @Test
  void tooShortSameAsUsernameAndMismatchedConfirmationAreRefused() {
    assertThatThrownBy(() -> PasswordPolicy.check("S001", "short", "short")).hasMessage("password.tooShort");
    assertThatThrownBy(() -> PasswordPolicy.check("somchai.dev", "Somchai.Dev", "Somchai.Dev")).hasMessage("password.sameAsUsername");
    assertThatThrownBy(() -> PasswordPolicy.check("S001", "long enough pw", "long enough pW")).hasMessage("password.confirmationDiffers");
    assertThatCode(() -> PasswordPolicy.check("S001", "long enough pw", "long enough pw")).doesNotThrowAnyException();
  }

  @Test
  void commonAndGuessablePasswordsAreRefusedAndSoAreThePersonsOwnNames() {
    for (String common : java.util.List.of("1234567890", "password123", "qwertyuiop", "abcdefghij", "aaaaaaaaaa", "demo12345678")) {
      assertThatThrownBy(() -> PasswordPolicy.check("S001", common, common)).as(common).hasMessage("password.tooGuessable");
    }
    assertThatThrownBy(() -> PasswordPolicy.check("S001", "Somchai2526", "Somchai2526", "Somchai", "Jaidee"))
        .as("the person's own first name and a year").hasMessage("password.tooGuessable");
    assertThatCode(() -> PasswordPolicy.check("S001", "a good new one", "a good new one", "Somchai", "Jaidee")).doesNotThrowAnyException();
    assertThatCode(() -> PasswordPolicy.check("S001", "a good new one", "a good new one", "Somchai", "Jaidee", null)).as("no staff number")
        .doesNotThrowAnyException();
    assertThatCode(() -> PasswordPolicy.check("S001", "กรุณาเปลี่ยน1234", "กรุณาเปลี่ยน1234")).as("Thai").doesNotThrowAnyException();
  }

  @Test
  void oneTimePasswordsAreLongReadableAndDiffer() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String p = OneTimePasswords.generate();
      assertThat(p).hasSize(OneTimePasswords.LENGTH).matches("[" + OneTimePasswords.ALPHABET + "]+");
      assertThat(p).doesNotContain("0", "O", "1", "l", "I");
      seen.add(p);
    }
    assertThat(seen).hasSize(1000);
    assertThat(OneTimePasswords.LENGTH).isGreaterThanOrEqualTo(PasswordPolicy.MIN_LENGTH);
  }
}
