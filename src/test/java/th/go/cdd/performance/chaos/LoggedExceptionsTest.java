package th.go.cdd.performance.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoggedExceptionsTest {
  @TempDir Path dir;

  @Test
  void eachDistinctStackOnceWithItsLogAndTheDataGridsConnectionErrorsLeftOut() throws Exception {
    String restore = String.join("\n",
        "Dec 03, 2026 7:56:29 PM com.sun.faces.context.AjaxExceptionHandlerImpl handlePartialResponseError",
        "SEVERE: restoring the view",
        "java.lang.ArrayIndexOutOfBoundsException: Index 2 out of bounds for length 2",
        "\tat jakarta.faces.component.UIComponentBase.restoreState(UIComponentBase.java:1223)",
        "\tat com.sun.faces.application.view.FaceletPartialStateManagementStrategy.lambda$restoreView$1(FaceletPartialStateManagementStrategy.java:360)",
        "Caused by: java.lang.IllegalStateException: inner",
        "\t... 12 more",
        "INFO: next record");
    String grid = String.join("\n",
        "WARNING: Removing connection",
        "java.io.IOException: Connection refused to address /192.0.2.2:5911",
        "\tat com.hazelcast.internal.server.tcp.TcpServerConnector.connect(TcpServerConnector.java:10)");
    Files.writeString(dir.resolve("s1.log"), restore + "\n" + grid + "\n");
    Files.writeString(dir.resolve("s2-rolling.log"), restore.replace("Index 2", "Index 3") + "\n");
    Files.writeString(dir.resolve("haproxy.log"), restore + "\n");

    List<String> stacks = LoggedExceptions.in(dir, 5);

    assertThat(stacks).hasSize(1);
    assertThat(stacks.get(0)).startsWith("s1.log line 3 (SEVERE: restoring the view)")
        .contains("ArrayIndexOutOfBoundsException: Index 2", "UIComponentBase.restoreState", "Caused by: java.lang.IllegalStateException: inner")
        .doesNotContain("INFO: next record");
  }

  @Test
  void noneWhenTheLogsHoldNoStack() throws Exception {
    Files.writeString(dir.resolve("s1.log"), "INFO: Payara Micro STOPPED.\njava.lang.Error: a message without frames\n");
    assertThat(LoggedExceptions.in(dir, 5)).isEmpty();
  }
}
