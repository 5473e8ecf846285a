package th.go.cdd.performance.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The page tag of a request: the application's pages by path, everything else folded, so strangers cannot add series. */
class RequestMetricsFilterTest {
  @Test
  void pagesAndServletsKeepTheirPathResourcesAndAnythingElseAreFolded() {
    assertThat(RequestMetricsFilter.page("/app/report.xhtml")).isEqualTo("/app/report.xhtml");
    assertThat(RequestMetricsFilter.page("/login.xhtml")).isEqualTo("/login.xhtml");
    assertThat(RequestMetricsFilter.page("/app/evidence")).isEqualTo("/app/evidence");
    assertThat(RequestMetricsFilter.page("/health/ready")).isEqualTo("/health/ready");
    assertThat(RequestMetricsFilter.page("/jakarta.faces.resource/core.js")).isEqualTo("resource");
    assertThat(RequestMetricsFilter.page("/app/../../etc/passwd")).isEqualTo("other");
    assertThat(RequestMetricsFilter.page("/app/" + "a".repeat(60) + ".xhtml")).isEqualTo("other");
    assertThat(RequestMetricsFilter.page("/app/Report.xhtml")).isEqualTo("other");
    assertThat(RequestMetricsFilter.page(null)).isEqualTo("other");
  }
}
