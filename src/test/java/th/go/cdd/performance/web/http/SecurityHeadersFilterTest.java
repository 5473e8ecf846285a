package th.go.cdd.performance.web.http;

import th.go.cdd.performance.web.http.SecurityHeadersFilter;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecurityHeadersFilterTest {
  private final Map<String, String> headers = new HashMap<>();
  private final HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
      new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
        case "getRequestURI" -> "/app/inbox.xhtml";
        case "isRequestedSessionIdFromURL", "isSecure" -> false;
        default -> null;
      });
  private final HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
      new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
        if (method.getName().equals("setHeader")) {
          headers.put((String) args[0], (String) args[1]);
        }
        return null;
      });
  private final FilterChain chain = (req, res) -> { };

  @Test
  void behindAnHttpsPublicUrlEveryPageCarriesHstsThoughPayaraSeesPlainHttp() throws Exception {
    SecurityHeadersFilter filter = new SecurityHeadersFilter();
    filter.https = true;
    filter.doFilter(request, response, chain);
    assertThat(headers).containsEntry("Strict-Transport-Security", "max-age=31536000");
  }

  @Test
  void onAPlainHttpPublicUrlThereIsNoHsts() throws Exception {
    new SecurityHeadersFilter().doFilter(request, response, chain);
    assertThat(headers).doesNotContainKey("Strict-Transport-Security");
  }

  @Test
  void everyPageCarriesAContentSecurityPolicyThatForbidsOtherSitesPluginsAndFraming() throws Exception {
    new SecurityHeadersFilter().doFilter(request, response, chain);
    assertThat(headers.get("Content-Security-Policy")).contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'none'",
        "base-uri 'self'", "form-action 'self'").doesNotContain("*");
  }
}
