package th.go.cdd.performance.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DeviceCookiesTest {
  private final MovableClock clock = new MovableClock(Instant.parse("2026-12-02T08:00:00Z"));
  private final AllowanceDatabase database = new AllowanceDatabase();
  private final DeviceCookies devices = new DeviceCookies(new byte[32], clock, database.server(clock), 3, Duration.ofMinutes(15), Duration.ofDays(180));

  DeviceCookiesTest() throws Exception {}

  @AfterEach
  void close() throws Exception {
    database.close();
  }

  @Test
  void theCookieIsHttpOnlyStrictLongLivedAndSecureWhenAsked() {
    Cookie c = devices.issue("cm.staff1", true);
    assertThat(c.getName()).isEqualTo(DeviceCookies.NAME);
    assertThat(c.isHttpOnly()).isTrue();
    assertThat(c.getSecure()).isTrue();
    assertThat(c.getAttribute("SameSite")).isEqualTo("Strict");
    assertThat(c.getMaxAge()).isEqualTo((int) Duration.ofDays(180).toSeconds());
    assertThat(devices.issue("cm.staff1", false).getSecure()).isFalse();
  }

  @Test
  void aCookieCountsOnlyForTheUserItWasIssuedToAndOnlyUnaltered() {
    String value = devices.issue("cm.staff1", false).getValue();
    assertThat(devices.deviceOf(value, "cm.staff1")).isPresent();
    assertThat(devices.deviceOf(value, "cm.staff2")).isEmpty();
    String[] parts = value.split("\\.");
    assertThat(devices.deviceOf(parts[0] + "." + (Long.parseLong(parts[1]) + 1000) + "." + parts[2], "cm.staff1")).isEmpty();
    assertThat(devices.deviceOf("x" + value, "cm.staff1")).isEmpty();
    assertThat(devices.deviceOf("garbage", "cm.staff1")).isEmpty();
    DeviceCookies otherKey = new DeviceCookies(new byte[] {1, 2, 3}, clock, database.server(clock), 3, Duration.ofMinutes(15), Duration.ofDays(180));
    assertThat(otherKey.deviceOf(value, "cm.staff1")).as("signed with another key").isEmpty();
  }

  @Test
  void aCookiePastItsExpiryIsAStrangers() {
    String value = devices.issue("cm.staff1", false).getValue();
    clock.advance(Duration.ofDays(181));
    assertThat(devices.deviceOf(value, "cm.staff1")).isEmpty();
  }

  @Test
  void aDeviceThatUsedUpItsAllowanceIsAStrangerUntilTheWindowPassesOrItSucceeds() {
    String value = devices.issue("cm.staff1", false).getValue();
    String device = devices.deviceOf(value, "cm.staff1").orElseThrow();
    devices.failed(device);
    devices.failed(device);
    assertThat(devices.deviceOf(value, "cm.staff1")).as("two of three used").isPresent();
    devices.failed(device);
    assertThat(devices.deviceOf(value, "cm.staff1")).as("allowance used up").isEmpty();
    clock.advance(Duration.ofMinutes(16));
    assertThat(devices.deviceOf(value, "cm.staff1")).as("after the window").isPresent();
    devices.failed(device);
    devices.failed(device);
    devices.succeeded(device);
    devices.failed(device);
    devices.failed(device);
    assertThat(devices.deviceOf(value, "cm.staff1")).as("a success gives the allowance back").isPresent();
  }

  @Test
  void aDeviceCountsAgainstOneAllowanceOnEveryServer() {
    DeviceCookies other = new DeviceCookies(new byte[32], clock, database.server(clock), 3, Duration.ofMinutes(15), Duration.ofDays(180));
    String value = devices.issue("cm.staff1", false).getValue();
    String device = devices.deviceOf(value, "cm.staff1").orElseThrow();
    devices.failed(device);
    other.failed(device);
    devices.failed(device);
    assertThat(other.deviceOf(value, "cm.staff1")).as("three failures over two servers").isEmpty();
    other.succeeded(device);
    assertThat(devices.deviceOf(value, "cm.staff1")).as("a success on one server counts on the other").isPresent();
  }

  @Test
  void theWholeAllowanceComesBackOneWindowAfterItsFirstFailure() {
    String value = devices.issue("cm.staff1", false).getValue();
    String device = devices.deviceOf(value, "cm.staff1").orElseThrow();
    devices.failed(device);
    clock.advance(Duration.ofMinutes(10));
    devices.failed(device);
    devices.failed(device);
    assertThat(devices.deviceOf(value, "cm.staff1")).as("used up ten minutes into the window").isEmpty();
    clock.advance(Duration.ofMinutes(5));
    assertThat(devices.deviceOf(value, "cm.staff1")).as("fifteen minutes after the first failure").isPresent();
  }
}
