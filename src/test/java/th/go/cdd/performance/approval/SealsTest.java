package th.go.cdd.performance.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.crypto.KeyGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.go.cdd.performance.report.CanonicalForm;

/** Seals of signature hashes with keys from a keystore outside the database: made, checked, rotated, refused. */
class SealsTest {
  private static final char[] PASSWORD = "secret".toCharArray();
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T07:00:00Z"), ZoneOffset.UTC);
  private final String hash = CanonicalForm.sha256("a signed report".getBytes(java.nio.charset.StandardCharsets.UTF_8));

  @TempDir Path dir;

  @Test
  void aMissingKeystoreIsCreatedOwnerOnlyWithOneKeyThatSealsAndVouches() throws Exception {
    Path file = dir.resolve("keys/seal-keys.p12");
    Seals seals = new Seals(SealKeys.load(file, PASSWORD, null, CLOCK));

    assertThat(Files.getPosixFilePermissions(file)).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    Seals.Seal seal = seals.seal(hash);
    assertThat(seal.keyId()).isEqualTo("seal-20261203-070000");
    assertThat(seal.value()).hasSize(64).isNotEqualTo(hash);
    assertThat(seals.check(hash, seal.keyId(), seal.value())).isEqualTo(Seals.Check.VOUCHED);

    Seals again = new Seals(SealKeys.load(file, PASSWORD, null, CLOCK));
    assertThat(again.check(hash, seal.keyId(), seal.value())).as("the same key after a restart").isEqualTo(Seals.Check.VOUCHED);
  }

  @Test
  void aHashRecomputedAfterARewriteDoesNotMatchItsSealAndAnUnsealedOrForeignSealIsSaidSo() {
    Seals seals = new Seals(SealKeys.load(dir.resolve("k.p12"), PASSWORD, null, CLOCK));
    Seals.Seal seal = seals.seal(hash);
    String rewritten = CanonicalForm.sha256("the report rewritten".getBytes(java.nio.charset.StandardCharsets.UTF_8));

    assertThat(seals.check(rewritten, seal.keyId(), seal.value())).isEqualTo(Seals.Check.BROKEN);
    assertThat(seals.check(hash, seal.keyId(), "0".repeat(64))).isEqualTo(Seals.Check.BROKEN);
    assertThat(seals.check(hash, null, null)).isEqualTo(Seals.Check.NOT_SEALED);
    assertThat(seals.check(hash, "retired-key", seal.value())).isEqualTo(Seals.Check.UNKNOWN_KEY);

    Seals otherServer = new Seals(SealKeys.load(dir.resolve("other.p12"), PASSWORD, null, CLOCK));
    assertThat(otherServer.check(hash, seal.keyId(), seal.value())).as("another keystore's key of the same id").isEqualTo(Seals.Check.BROKEN);
  }

  @Test
  void aRotatedKeySealsNewSignaturesAndTheOldKeyStillVouchesForOldOnes() throws Exception {
    Path file = dir.resolve("seal-keys.p12");
    Seals before = new Seals(SealKeys.load(file, PASSWORD, null, CLOCK));
    Seals.Seal old = before.seal(hash);

    KeyStore store = KeyStore.getInstance("PKCS12");
    try (var in = Files.newInputStream(file)) {
      store.load(in, PASSWORD);
    }
    KeyGenerator generator = KeyGenerator.getInstance(SealKeys.ALGORITHM);
    generator.init(256);
    store.setEntry("seal-2027", new KeyStore.SecretKeyEntry(generator.generateKey()), new KeyStore.PasswordProtection(PASSWORD));
    try (OutputStream out = Files.newOutputStream(file)) {
      store.store(out, PASSWORD);
    }

    Seals after = new Seals(SealKeys.load(file, PASSWORD, "seal-2027", CLOCK));
    assertThat(after.seal(hash).keyId()).isEqualTo("seal-2027");
    assertThat(new Seals(SealKeys.load(file, PASSWORD, null, CLOCK)).seal(hash).keyId()).as("unnamed: the newest id").isEqualTo("seal-2027");
    assertThat(after.check(hash, old.keyId(), old.value())).isEqualTo(Seals.Check.VOUCHED);
    assertThatThrownBy(() -> SealKeys.load(file, PASSWORD, "no-such-key", CLOCK)).hasMessageContaining("no-such-key");
    assertThatThrownBy(() -> SealKeys.load(file, "wrong".toCharArray(), null, CLOCK)).hasMessageContaining("wrong password");
  }
}
