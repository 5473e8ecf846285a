package th.go.cdd.performance.web.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableFilterTest {
  @Test
  void theOutagePageSaysItInThaiAndInEnglishFromTheBundles() {
    String page = DatabaseUnavailableFilter.page();
    assertThat(page)
        .contains(ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag("th")).getString("unavailable.database"))
        .contains(ResourceBundle.getBundle("i18n.messages", Locale.ENGLISH).getString("unavailable.database"))
        .contains("<html lang=\"th\">");
  }

  @Test
  void theOutagePageCarriesNoMarkupFromTheMessages() {
    assertThat(DatabaseUnavailableFilter.page().replaceAll("<(/?)(!DOCTYPE html|html[^>]*|head|meta charset=\"UTF-8\"|title|body|p[^>]*)>", ""))
        .doesNotContain("<").doesNotContain(">");
  }

  @Test
  void aFailureWhoseChainDoesNotNameTheDatabaseIsAnOutageWhenTheDatabaseDoesNotAnswer() throws Exception {
    DatabaseUnavailableFilter filter = new DatabaseUnavailableFilter();
    filter.database = database(false);
    Answer answer = new Answer();
    filter.doFilter(request(), answer.response(), (req, res) -> {
      throw new IllegalStateException("a layer that lost the cause");
    });
    assertThat(answer.status).isEqualTo(503);
    assertThat(answer.headers).containsEntry("Retry-After", "10");
    assertThat(answer.body.toString()).isEqualTo(DatabaseUnavailableFilter.page());
  }

  @Test
  void aFailureWhoseChainDoesNotNameTheDatabaseGoesOnAsItIsWhileTheDatabaseAnswers() {
    DatabaseUnavailableFilter filter = new DatabaseUnavailableFilter();
    filter.database = database(true);
    Answer answer = new Answer();
    assertThatThrownBy(() -> filter.doFilter(request(), answer.response(), (req, res) -> {
      throw new IllegalStateException("a fault of the request");
    })).isInstanceOf(IllegalStateException.class).hasMessage("a fault of the request");
    assertThat(answer.status).isZero();
  }

  @Test
  void aFailureThatNamesALostConnectionIsAnOutageWithoutAskingTheDatabase() throws Exception {
    DatabaseUnavailableFilter filter = new DatabaseUnavailableFilter();
    filter.database = database(true); // not asked: the chain already says it
    Answer answer = new Answer();
    filter.doFilter(request(), answer.response(), (req, res) -> {
      throw new IllegalStateException(new SQLTransientConnectionException("connection refused"));
    });
    assertThat(answer.status).isEqualTo(503);
  }

  /** A pool whose connection answers the validity check, or one that cannot hand out a connection. */
  private static DataSource database(boolean answers) {
    Connection connection = proxy(Connection.class, (method, args) -> switch (method) {
      case "isValid" -> true;
      default -> null;
    });
    return proxy(DataSource.class, (method, args) -> {
      if (!answers) {
        throw new SQLException("Connection could not be allocated because: Connection refused");
      }
      return connection;
    });
  }

  private static HttpServletRequest request() {
    return proxy(HttpServletRequest.class, (method, args) -> method.equals("getRequestURI") ? "/app/inbox.xhtml" : null);
  }

  /** What the filter wrote into a response. */
  private static final class Answer {
    int status;
    final Map<String, String> headers = new HashMap<>();
    final StringWriter body = new StringWriter();

    HttpServletResponse response() {
      PrintWriter writer = new PrintWriter(body, true);
      return proxy(HttpServletResponse.class, (method, args) -> switch (method) {
        case "isCommitted" -> false;
        case "setStatus" -> {
          status = (Integer) args[0];
          yield null;
        }
        case "setHeader" -> headers.put((String) args[0], (String) args[1]);
        case "getWriter" -> writer;
        default -> null;
      });
    }
  }

  private interface Calls {
    Object answer(String method, Object[] args) throws Exception;
  }

  private static <T> T proxy(Class<T> type, Calls calls) {
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, m, args) -> {
      if (m.getName().equals("close") || m.getName().equals("reset") || m.getName().equals("setContentType")) {
        return null;
      }
      return calls.answer(m.getName(), args);
    }));
  }
}
