package th.go.cdd.performance.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressTest {
  @Test
  void xForwardedForIsIgnoredFromAPeerThatIsNoTrustedProxy() {
    assertThat(ClientAddress.of("198.51.100.7", "203.0.113.9", Set.of())).isEqualTo("198.51.100.7");
    assertThat(ClientAddress.of("198.51.100.7", "203.0.113.9", Set.of("10.0.0.2"))).isEqualTo("198.51.100.7");
  }

  @Test
  void behindATrustedProxyTheNearestUntrustedHopIsTheClient() {
    Set<String> proxies = ClientAddress.parseList(" 10.0.0.2 ,10.0.0.3");
    // the client wrote a false first hop; the proxies appended what they saw
    assertThat(ClientAddress.of("10.0.0.2", "1.2.3.4, 203.0.113.9, 10.0.0.3", proxies)).isEqualTo("203.0.113.9");
    assertThat(ClientAddress.of("10.0.0.2", null, proxies)).isEqualTo("10.0.0.2");
    assertThat(ClientAddress.of("10.0.0.2", "10.0.0.3", proxies)).isEqualTo("10.0.0.2");
  }

  @Test
  void anEmptySettingTrustsNoProxy() {
    assertThat(ClientAddress.parseList("")).isEmpty();
    assertThat(ClientAddress.parseList(null)).isEmpty();
  }
}
