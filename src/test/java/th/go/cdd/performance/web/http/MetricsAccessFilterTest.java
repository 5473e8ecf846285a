package th.go.cdd.performance.web.http;

import th.go.cdd.performance.web.http.MetricsAccessFilter;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class MetricsAccessFilterTest {
  private final byte[] token = MetricsAccessFilter.digestOf(Optional.of("s3cret-scraper"));

  @Test
  void onlyTheConfiguredBearerTokenReadsTheMetrics() {
    assertThat(MetricsAccessFilter.allowed(token, "Bearer s3cret-scraper")).isTrue();
    assertThat(MetricsAccessFilter.allowed(token, "bearer s3cret-scraper")).isTrue();
    assertThat(MetricsAccessFilter.allowed(token, "Bearer s3cret-scrape")).isFalse();
    assertThat(MetricsAccessFilter.allowed(token, "Basic czNjcmV0LXNjcmFwZXI=")).isFalse();
    assertThat(MetricsAccessFilter.allowed(token, null)).isFalse();
    assertThat(MetricsAccessFilter.allowed(token, "Bearer ")).isFalse();
  }

  @Test
  void withoutAConfiguredTokenNobodyReadsThem() {
    assertThat(MetricsAccessFilter.digestOf(Optional.empty())).isNull();
    assertThat(MetricsAccessFilter.digestOf(Optional.of("  "))).isNull();
    assertThat(MetricsAccessFilter.allowed(null, "Bearer anything")).isFalse();
    assertThat(MetricsAccessFilter.allowed(null, "Bearer ")).isFalse();
  }
}
