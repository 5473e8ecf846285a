package th.go.cdd.performance.approval;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seals each signature's hash with a key the database does not hold (HMAC-SHA256, {@link SealKeys}).
 * The SHA-256 chain shows that nothing changed since signing only to someone who trusts the
 * database; whoever can write the database could rewrite a report and recompute every hash. The
 * seal cannot be recomputed without the key, so the verification page can say whether the server's
 * key vouches for the chain.
 */
@ApplicationScoped
public class Seals {
  /** What a signature's seal says. */
  public enum Check {
    /** Made by a key the server holds, over this very hash. */
    VOUCHED,
    /** Signed before signatures were sealed. */
    NOT_SEALED,
    /** Made by a key the server no longer holds: neither confirmed nor refuted. */
    UNKNOWN_KEY,
    /** Does not match the hash: the record was changed after signing. */
    BROKEN
  }

  /** A seal and the id of the key that made it. */
  public record Seal(String keyId, String value) {}

  @Inject
  @ConfigProperty(name = "cdd.seal.keystore", defaultValue = "seal-keys.p12")
  String keystore;

  @Inject
  @ConfigProperty(name = "cdd.seal.keystorePassword", defaultValue = "cdd-seal-keys")
  String password;

  /** The key id for new seals; empty: the newest key in the keystore. */
  @Inject
  @ConfigProperty(name = "cdd.seal.key")
  Optional<String> currentKey;

  @Inject Clock clock;

  private SealKeys keys;

  public Seals() {}

  /** With keys already loaded (for tests). */
  public Seals(SealKeys keys) {
    this.keys = keys;
  }

  @PostConstruct
  void load() {
    keys = SealKeys.load(Path.of(keystore), password.toCharArray(), currentKey.orElse(null), clock);
  }

  public Seal seal(String hash) {
    return new Seal(keys.currentId(), mac(keys.current(), hash));
  }

  public Check check(String hash, String keyId, String value) {
    if (value == null) {
      return Check.NOT_SEALED;
    }
    SecretKey key = keys.byId(keyId);
    if (key == null) {
      return Check.UNKNOWN_KEY;
    }
    boolean same = MessageDigest.isEqual(mac(key, hash).getBytes(StandardCharsets.US_ASCII), value.getBytes(StandardCharsets.US_ASCII));
    return same ? Check.VOUCHED : Check.BROKEN;
  }

  private static String mac(SecretKey key, String hash) {
    try {
      Mac mac = Mac.getInstance(SealKeys.ALGORITHM);
      mac.init(key);
      return HexFormat.of().formatHex(mac.doFinal(hash.getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
