package th.go.cdd.performance.security;

import com.nulabinc.zxcvbn.Zxcvbn;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import th.go.cdd.performance.shared.BusinessException;

/**
 * What a chosen password must be: at least 10 characters, not the username, not easy to guess, typed
 * twice alike. "Easy to guess" is zxcvbn's estimate (the Java port of Dropbox's estimator): common
 * passwords, keyboard rows, sequences, repeats, dates, dictionary words and the person's own names
 * all count as guessed quickly; a score below {@link #MIN_SCORE} of 4 is refused ("1234567890",
 * "password123", "qwertyuiop" score 0).
 */
public final class PasswordPolicy {
  public static final int MIN_LENGTH = 10;
  public static final int MAX_LENGTH = 128;
  /** zxcvbn's 3: "safely unguessable", about 10^8 guesses or more. */
  public static final int MIN_SCORE = 3;
  private static final Zxcvbn ESTIMATOR = new Zxcvbn();

  private PasswordPolicy() {}

  /** {@code personal}: the person's own words (names, staff number) that a guesser would try first. */
  public static void check(String username, String password, String confirmation, String... personal) {
    if (password == null || password.length() < MIN_LENGTH) {
      throw new BusinessException("password.tooShort", MIN_LENGTH);
    }
    if (password.length() > MAX_LENGTH) {
      throw new BusinessException("password.tooLong", MAX_LENGTH);
    }
    if (password.strip().equalsIgnoreCase(username == null ? "" : username.strip())) {
      throw new BusinessException("password.sameAsUsername");
    }
    List<String> inputs = new ArrayList<>();
    inputs.add(username);
    inputs.addAll(java.util.Arrays.asList(personal)); // a person may have no staff number: nulls are dropped below
    inputs.removeIf(Objects::isNull);
    if (ESTIMATOR.measure(password, inputs).getScore() < MIN_SCORE) {
      throw new BusinessException("password.tooGuessable");
    }
    if (!password.equals(confirmation)) {
      throw new BusinessException("password.confirmationDiffers");
    }
  }
}
