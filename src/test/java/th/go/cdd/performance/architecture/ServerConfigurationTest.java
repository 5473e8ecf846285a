package th.go.cdd.performance.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A server of a cluster starts with the same settings as one alone (threads, transaction timeout, ...), except that
 * it hands its sessions to the data grid: the two pre-boot files give the same commands but the last.
 */
class ServerConfigurationTest {
  private static final String AVAILABILITY = "set configs.config.server-config.availability-service.web-container-availability.availability-enabled=";

  @Test
  void aServerOfAClusterDiffersFromOneAloneOnlyInWhereItsSessionsGo() throws IOException {
    List<String> alone = commands(Path.of("server-config", "pre-boot.txt"));
    List<String> cluster = commands(Path.of("server-config", "pre-boot-cluster.txt"));
    assertThat(alone).last().isEqualTo(AVAILABILITY + "false");
    assertThat(cluster).last().isEqualTo(AVAILABILITY + "true");
    assertThat(cluster.subList(0, cluster.size() - 1)).isEqualTo(alone.subList(0, alone.size() - 1)).isNotEmpty();
  }

  private static List<String> commands(Path file) throws IOException {
    return Files.readAllLines(file).stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
  }
}
