package th.go.cdd.performance.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The secret of an API token and its stored form. A secret is 32 random bytes (256 bits), so a plain
 * SHA-256 is enough to keep it (a slow password hash guards guessable secrets, and it would cost every
 * API call); the hash is what the database holds and what a presented token is looked up by.
 */
public final class ApiTokenCodes {
  /** Every secret starts so, which lets secret scanners and people recognise one. */
  public static final String PREFIX = "cdd_";
  private static final int BYTES = 32;
  private static final int SHOWN = 12;
  private static final Pattern SHAPE = Pattern.compile("cdd_[A-Za-z0-9_-]{43}");
  private static final Pattern BEARER = Pattern.compile("(?i)bearer +(\\S+) *");

  private ApiTokenCodes() {}

  public static String newSecret(SecureRandom random) {
    byte[] bytes = new byte[BYTES];
    random.nextBytes(bytes);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Whether the text has the shape of a secret (checked before any database look-up). */
  public static boolean wellFormed(String secret) {
    return secret != null && SHAPE.matcher(secret).matches();
  }

  public static String hash(String secret) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The first characters of a secret, shown in the token list. */
  public static String shownPrefix(String secret) {
    return secret.substring(0, Math.min(SHOWN, secret.length()));
  }

  /** The secret of an {@code Authorization: Bearer ...} header; empty when the header is absent or of another scheme. */
  public static Optional<String> bearer(String authorization) {
    if (authorization == null) {
      return Optional.empty();
    }
    var m = BEARER.matcher(authorization);
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }
}
