package th.go.cdd.performance.security;

import java.security.SecureRandom;

/**
 * Generates one-time passwords: 12 characters from letters and digits that cannot be confused when
 * read aloud or copied from paper (no 0/O, 1/l/I), from {@link SecureRandom}. About 69 bits.
 */
public final class OneTimePasswords {
  static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
  public static final int LENGTH = 12;
  private static final SecureRandom RANDOM = new SecureRandom();

  private OneTimePasswords() {}

  public static String generate() {
    StringBuilder b = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return b.toString();
  }
}
