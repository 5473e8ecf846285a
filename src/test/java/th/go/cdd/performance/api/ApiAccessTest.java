package th.go.cdd.performance.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import th.go.cdd.performance.api.ApiAccess.Credential;

/** Which calls reach a service at all: by credential, method and the session's CSRF header. */
class ApiAccessTest {
  @Test
  void aCallerWithNeitherSessionNorTokenIsUnauthorisedWhateverTheMethod() {
    for (String method : new String[] {"GET", "HEAD", "PUT", "POST", "DELETE"}) {
      assertThat(ApiAccess.refusal(method, Credential.NONE, true)).isEqualTo("api.unauthorized");
    }
  }

  @Test
  void aTokenReadsButNeverWrites() {
    assertThat(ApiAccess.refusal("GET", Credential.TOKEN, false)).isNull();
    assertThat(ApiAccess.refusal("HEAD", Credential.TOKEN, false)).isNull();
    assertThat(ApiAccess.refusal("PUT", Credential.TOKEN, true)).isEqualTo("api.readOnlyToken");
    assertThat(ApiAccess.refusal("POST", Credential.TOKEN, true)).isEqualTo("api.readOnlyToken");
    assertThat(ApiAccess.refusal("DELETE", Credential.TOKEN, false)).isEqualTo("api.readOnlyToken");
  }

  @Test
  void aSessionWritesOnlyWithTheCsrfHeader() {
    assertThat(ApiAccess.refusal("GET", Credential.SESSION, false)).isNull();
    assertThat(ApiAccess.refusal("PUT", Credential.SESSION, false)).isEqualTo("api.csrf");
    assertThat(ApiAccess.refusal("POST", Credential.SESSION, false)).isEqualTo("api.csrf");
    assertThat(ApiAccess.refusal("PUT", Credential.SESSION, true)).isNull();
    assertThat(ApiAccess.refusal("POST", Credential.SESSION, true)).isNull();
  }
}
