package th.go.cdd.performance.chaos;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;

/**
 * HAProxy from the machine's packages with the operator's configuration, {@code server-config/haproxy.cfg},
 * its addresses set through the environment as the README tells an operator; spoken to through its runtime
 * API (a Unix socket): a server's state as the health checks see it, draining a server and putting it back.
 */
final class LoadBalancer implements AutoCloseable {
  static final String BACKEND = "servers";

  private final int port;
  private final Path socket;
  private final Process process;

  LoadBalancer(Path dir, int port, List<Integer> servers) throws IOException {
    this.port = port;
    this.socket = dir.resolve("haproxy.sock");
    Files.deleteIfExists(socket);
    ProcessBuilder pb = new ProcessBuilder("haproxy", "-db", "-f", Path.of("server-config", "haproxy.cfg").toString());
    pb.environment().put("CDD_LB_BIND", "127.0.0.1:" + port);
    pb.environment().put("CDD_LB_SOCKET", socket.toAbsolutePath().toString());
    for (int i = 0; i < servers.size(); i++) {
      pb.environment().put("CDD_SERVER_" + (i + 1), "127.0.0.1:" + servers.get(i));
    }
    pb.redirectErrorStream(true).redirectOutput(dir.resolve("haproxy.log").toFile());
    try {
      process = pb.start();
    } catch (IOException e) {
      throw new IOException("haproxy could not be started (apt-get install -y haproxy): " + e.getMessage(), e);
    }
    Awaitility.await("HAProxy listening on " + port).atMost(Duration.ofSeconds(20)).ignoreExceptions().until(() -> {
      if (!process.isAlive()) {
        throw new IllegalStateException("haproxy exited; see " + dir.resolve("haproxy.log"));
      }
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", port), 500);
      }
      return Files.exists(socket);
    });
  }

  int port() {
    return port;
  }

  /** One command of the runtime API, answered in full. */
  String command(String command) throws IOException {
    try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
      channel.connect(UnixDomainSocketAddress.of(socket));
      channel.write(ByteBuffer.wrap((command + "\n").getBytes(StandardCharsets.UTF_8)));
      StringBuilder answer = new StringBuilder();
      ByteBuffer buffer = ByteBuffer.allocate(16384);
      while (channel.read(buffer) >= 0) {
        buffer.flip();
        answer.append(StandardCharsets.UTF_8.decode(buffer));
        buffer.clear();
      }
      return answer.toString();
    }
  }

  /** The statistics line of a server of the backend (HAProxy's CSV: status, scur, stot, wretr, wredis, ...). */
  Map<String, String> stats(String server) throws IOException {
    String[] lines = command("show stat").split("\n");
    String[] header = lines[0].replaceFirst("^# ", "").split(",", -1);
    for (String line : lines) {
      String[] cells = line.split(",", -1);
      if (cells.length > 1 && cells[0].equals(BACKEND) && cells[1].equals(server)) {
        Map<String, String> stat = new HashMap<>();
        for (int i = 0; i < Math.min(header.length, cells.length); i++) {
          stat.put(header[i], cells[i]);
        }
        return stat;
      }
    }
    throw new IllegalStateException("no server " + server + " in HAProxy's statistics");
  }

  /** UP, DOWN, DRAIN, MAINT, or UP/DOWN with the checks' progress ("UP 1/2"). */
  String status(String server) throws IOException {
    return stats(server).get("status");
  }

  /** Sends no new requests to the server; those under way finish. */
  void drain(String server) throws IOException {
    command("set server " + BACKEND + "/" + server + " state drain");
  }

  /** Takes the server back once its health check passes. */
  void ready(String server) throws IOException {
    command("set server " + BACKEND + "/" + server + " state ready");
  }

  void awaitStatus(String server, String status, Duration atMost) {
    Awaitility.await("HAProxy: " + server + " " + status).atMost(atMost).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
        .until(() -> status.equals(status(server)));
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    process.waitFor();
  }
}
