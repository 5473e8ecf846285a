package th.go.cdd.performance.approval;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;

/**
 * The keys that seal signatures, read from a PKCS#12 keystore outside the database: whoever can
 * write the database cannot forge a seal. Each key has an id (its alias in the keystore); new seals
 * use the current key (named by configuration, else the newest alias), and every key still in the
 * keystore verifies the seals it made, so a key is rotated by adding one (keytool) and naming it.
 * When the keystore does not exist yet, one is created with a fresh random key, readable by the
 * server's user only. Key ids are compared in lower case, as PKCS#12 keeps aliases.
 */
public final class SealKeys {
  public static final String ALGORITHM = "HmacSHA256";
  private static final Logger LOG = Logger.getLogger(SealKeys.class.getName());

  private final Map<String, SecretKey> keys;
  private final String current;

  SealKeys(Map<String, SecretKey> keys, String current) {
    if (!keys.containsKey(current)) {
      throw new IllegalStateException("the seal key '" + current + "' is not in the keystore (keys: " + keys.keySet() + ")");
    }
    this.keys = Collections.unmodifiableMap(new HashMap<>(keys));
    this.current = current;
  }

  /**
   * Loads the keystore at {@code file}, creating it (with one key) when it is absent. {@code currentId}
   * names the key for new seals; null or blank: the alias that sorts last (ids made here carry their
   * creation time, so that is the newest).
   */
  public static SealKeys load(Path file, char[] password, String currentId, Clock clock) {
    try {
      if (!Files.exists(file)) {
        create(file, password, "seal-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(clock.instant().atZone(java.time.ZoneOffset.UTC)));
      }
      KeyStore store = KeyStore.getInstance("PKCS12");
      try (InputStream in = Files.newInputStream(file)) {
        store.load(in, password);
      }
      Map<String, SecretKey> keys = new HashMap<>();
      for (String alias : Collections.list(store.aliases())) {
        if (store.getEntry(alias, new KeyStore.PasswordProtection(password)) instanceof KeyStore.SecretKeyEntry e) {
          keys.put(alias, e.getSecretKey());
        }
      }
      if (keys.isEmpty()) {
        throw new IllegalStateException("the seal keystore " + file + " holds no secret key");
      }
      String use = currentId == null || currentId.isBlank() ? keys.keySet().stream().sorted().reduce((a, b) -> b).orElseThrow() : id(currentId);
      return new SealKeys(keys, use);
    } catch (IOException e) {
      throw new UncheckedIOException("the seal keystore " + file + " cannot be read (wrong password?)", e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the seal keystore " + file + " cannot be opened (wrong password?)", e);
    }
  }

  /** Writes a new keystore with one fresh key; a keystore another server wrote meanwhile is kept. */
  static void create(Path file, char[] password, String alias) throws IOException, GeneralSecurityException {
    KeyGenerator generator = KeyGenerator.getInstance(ALGORITHM);
    generator.init(256);
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, password);
    store.setEntry(alias, new KeyStore.SecretKeyEntry(generator.generateKey()), new KeyStore.PasswordProtection(password));
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path temp = Files.createTempFile(dir, ".seal-keys", ".tmp");
    try {
      try {
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: the directory's rights protect it
      }
      try (OutputStream out = Files.newOutputStream(temp)) {
        store.store(out, password);
      }
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file);
      }
      LOG.warning(() -> "created the seal keystore " + file.toAbsolutePath() + " with key " + alias
          + ": keep a copy outside the database's backups, and give every server of a cluster the same file");
    } catch (FileAlreadyExistsException e) {
      // another server created it first: use theirs
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** A keystore's alias as PKCS#12 keeps it (lower case). */
  private static String id(String alias) {
    return alias.strip().toLowerCase(java.util.Locale.ROOT);
  }

  public String currentId() {
    return current;
  }

  SecretKey current() {
    return keys.get(current);
  }

  /** The key with this id, or null when the keystore no longer (or never) held it. */
  SecretKey byId(String id) {
    return id == null ? null : keys.get(id(id));
  }

  public List<String> ids() {
    return keys.keySet().stream().sorted().toList();
  }
}
