package th.go.cdd.performance.web.http;

import th.go.cdd.performance.web.PublicUrl;

import th.go.cdd.performance.web.http.SessionCookieSecurity;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.SessionCookieConfig;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class SessionCookieSecurityTest {
  @Test
  void theSessionCookieIsSecureWhenThePublicUrlIsHttpsEvenIfPayaraSeesOnlyHttp() {
    AtomicReference<Boolean> secure = new AtomicReference<>();
    SessionCookieConfig config = (SessionCookieConfig) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {SessionCookieConfig.class}, (proxy, method, args) -> {
          if (method.getName().equals("setSecure")) {
            secure.set((Boolean) args[0]);
          }
          return null;
        });
    SessionCookieSecurity.configure(config, PublicUrl.isHttps("https://performance.cdd.go.th"));
    assertThat(secure.get()).isTrue();
    secure.set(null);
    SessionCookieSecurity.configure(config, PublicUrl.isHttps("http://localhost:8080"));
    assertThat(secure.get()).as("left to the container (dynamic) on plain http").isNull();
  }

  @Test
  void onlyAnHttpsPublicUrlCountsAsHttps() {
    assertThat(PublicUrl.isHttps(" HTTPS://x.go.th/")).isTrue();
    assertThat(PublicUrl.isHttps("http://x.go.th")).isFalse();
    assertThat(PublicUrl.isHttps("")).isFalse();
    assertThat(PublicUrl.isHttps(null)).isFalse();
  }
}
