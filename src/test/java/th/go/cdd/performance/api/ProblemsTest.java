package th.go.cdd.performance.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.persistence.OptimisticLockException;
import jakarta.ejb.EJBException;
import org.junit.jupiter.api.Test;
import th.go.cdd.performance.access.AccessPolicy;
import th.go.cdd.performance.shared.BusinessException;

/** Refusals as RFC 9457 problem documents, in Thai and English, with the status a client can act on. */
class ProblemsTest {
  @Test
  void aRefusedOrMissingIdIsForbiddenWithTheAppsOwnMessageInBothLanguages() {
    Problems.Problem p = ProblemMapper.problemOf(AccessPolicy.denied(), null, "/api/v1/reports/9");
    assertThat(p.status()).isEqualTo(403);
    assertThat(p.code()).isEqualTo("access.denied");
    assertThat(p.detailEn()).isEqualTo("You may not access this item");
    assertThat(p.detailTh()).isNotBlank().isNotEqualTo(p.detailEn()).isNotEqualTo("access.denied");
    assertThat(p.titleEn()).isEqualTo("Forbidden");
    assertThat(p.title()).as("Thai first").isEqualTo(p.titleTh());

    JsonObject json = p.toJson();
    assertThat(json.getString("type")).isEqualTo("urn:th.go.cdd.performance:problem:access.denied");
    assertThat(json.getInt("status")).isEqualTo(403);
    assertThat(json.getString("title")).isEqualTo(p.titleTh());
    assertThat(json.getString("detail")).isEqualTo(p.detailTh());
    assertThat(json.getString("instance")).isEqualTo("/api/v1/reports/9");
    assertThat(json.getJsonObject("texts").getJsonObject("en").getString("detail")).isEqualTo("You may not access this item");
    assertThat(json.getJsonObject("texts").getJsonObject("th").getString("detail")).isEqualTo(p.detailTh());
  }

  @Test
  void englishComesFirstOnlyWhenTheCallerPrefersIt() {
    assertThat(Problems.prefersEnglish("en-GB,en;q=0.9,th;q=0.5")).isTrue();
    assertThat(Problems.prefersEnglish("th-TH,th;q=0.9,en;q=0.8")).isFalse();
    assertThat(Problems.prefersEnglish("th;q=0.4,en;q=0.8")).isTrue();
    assertThat(Problems.prefersEnglish(null)).isFalse();
    assertThat(Problems.prefersEnglish("not a ; language")).isFalse();
    Problems.Problem p = ProblemMapper.problemOf(AccessPolicy.denied(), "en", null);
    assertThat(p.title()).isEqualTo("Forbidden");
    assertThat(p.toJson().containsKey("instance")).isFalse();
  }

  @Test
  void aRefusalOfWhatWasAskedIsUnprocessableWithItsArgumentsFilledIn() {
    Problems.Problem p = ProblemMapper.problemOf(new BusinessException("apiToken.accountNotEligible", "s1"), "en", null);
    assertThat(p.status()).isEqualTo(422);
    assertThat(p.detailEn()).startsWith("s1 is not");
    assertThat(p.detailTh()).startsWith("s1 ");
  }

  @Test
  void aRefusalWrappedByTheContainerOrAChangeMadeMeanwhileIsStillReadable() {
    assertThat(ProblemMapper.problemOf(new EJBException(AccessPolicy.denied()), null, null).status()).isEqualTo(403);
    assertThat(ProblemMapper.problemOf(new EJBException(new OptimisticLockException()), null, null).status()).isEqualTo(409);
  }

  @Test
  void jaxRsOwnFailuresKeepTheirStatusAndAnythingElseIsAPlainServerError() {
    Problems.Problem notFound = Problems.of(404, Problems.keyOfStatus(404), null, "en", null);
    assertThat(notFound.title()).isEqualTo("Not found");
    assertThat(notFound.detailEn()).isEqualTo("There is no such API operation");
    assertThat(Problems.keyOfStatus(405)).isEqualTo("api.methodNotAllowed");
    assertThat(Problems.keyOfStatus(415)).isEqualTo("api.unsupportedMediaType");
    assertThat(Problems.of(418, Problems.keyOfStatus(418), null, "en", null).title()).as("a status without its own title").isEqualTo("Error 418");
    Problems.Problem p = ProblemMapper.problemOf(new IllegalStateException("secret internals"), "en", null);
    assertThat(p.status()).isEqualTo(500);
    assertThat(p.detailEn()).doesNotContain("secret internals");
  }

  @Test
  void unauthorisedAndReadOnlyRefusalsHaveTheirOwnStatus() {
    assertThat(Problems.statusOf("api.unauthorized")).isEqualTo(401);
    assertThat(Problems.statusOf("api.readOnlyToken")).isEqualTo(403);
    assertThat(Problems.statusOf("api.csrf")).isEqualTo(403);
  }
}
