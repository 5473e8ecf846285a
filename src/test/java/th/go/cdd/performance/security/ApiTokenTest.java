package th.go.cdd.performance.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import th.go.cdd.performance.people.AccountClosure;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.people.Role;
import th.go.cdd.performance.program.Province;

/** API token secrets, their stored hash and the rule that says whether a token still reads. */
class ApiTokenTest {
  private static final Instant NOW = Instant.parse("2026-12-03T04:00:00Z");

  @Test
  void aSecretIsLongRandomAndRecognisableAndOnlyItsHashIsStored() {
    SecureRandom random = new SecureRandom();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 100; i++) {
      String secret = ApiTokenCodes.newSecret(random);
      assertThat(secret).startsWith("cdd_").hasSize(4 + 43);
      assertThat(ApiTokenCodes.wellFormed(secret)).isTrue();
      assertThat(seen.add(secret)).as("no two alike").isTrue();
      String hash = ApiTokenCodes.hash(secret);
      assertThat(hash).hasSize(64).matches("[0-9a-f]{64}").doesNotContain(secret.substring(4));
      assertThat(ApiTokenCodes.hash(secret)).as("the same secret, the same hash (looked up by it)").isEqualTo(hash);
      assertThat(ApiTokenCodes.shownPrefix(secret)).hasSize(12).isEqualTo(secret.substring(0, 12));
    }
  }

  @Test
  void theHashIsSha256OfTheSecret() {
    assertThat(ApiTokenCodes.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void onlyTheBearerSchemeCarriesAToken() {
    assertThat(ApiTokenCodes.bearer("Bearer cdd_x")).contains("cdd_x");
    assertThat(ApiTokenCodes.bearer("bearer  cdd_x ")).contains("cdd_x");
    assertThat(ApiTokenCodes.bearer("Basic YWRtaW46eA==")).isEmpty();
    assertThat(ApiTokenCodes.bearer("Bearer")).isEmpty();
    assertThat(ApiTokenCodes.bearer(null)).isEmpty();
    assertThat(ApiTokenCodes.wellFormed("cdd_short")).as("checked before any look-up").isFalse();
    assertThat(ApiTokenCodes.wellFormed(null)).isFalse();
  }

  @Test
  void anOfficersTokenReadsWhileNotRevokedTheAccountOpenAndStillTheOfficerOfThatProvince() {
    Person officer = officer();
    ApiToken token = new ApiToken("HR", ApiTokenCodes.hash("s"), "cdd_s", officer, "50", "admin", NOW);
    assertThat(token.usableAt(NOW, "50")).isTrue();
    assertThat(token.usableAt(NOW, "10")).as("the account now oversees another province").isFalse();
    assertThat(token.usableAt(NOW, null)).as("nor the whole country").isFalse();
    officer.close(AccountClosure.ADMINISTRATOR, NOW.minusSeconds(1));
    assertThat(token.usableAt(NOW, "50")).as("closed account").isFalse();
  }

  @Test
  void aRevokedTokenNeverReadsAgainAndKeepsWhoRevokedItFirst() {
    ApiToken token = new ApiToken("HR", ApiTokenCodes.hash("s"), "cdd_s", officer(), null, "admin", NOW);
    assertThat(token.usableAt(NOW, null)).isTrue();
    token.revoke("admin", NOW);
    token.revoke("admin2", NOW.plusSeconds(60));
    assertThat(token.usableAt(NOW.plusSeconds(120), null)).isFalse();
    assertThat(token.isRevoked()).isTrue();
    assertThat(token.getRevokedBy()).isEqualTo("admin");
    assertThat(token.getRevokedAt()).isEqualTo(NOW);
  }

  private static Person officer() {
    Person p = new Person("o50", "hash", Role.OFFICER, "นาย", "พัฒนาการ", "ทดสอบ");
    p.placeIn(new Province("50", "เชียงใหม่", "Chiang Mai"), null, null);
    return p;
  }
}
