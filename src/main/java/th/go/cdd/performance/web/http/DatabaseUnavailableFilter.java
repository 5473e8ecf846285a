package th.go.cdd.performance.web.http;

import jakarta.annotation.Resource;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import th.go.cdd.performance.shared.DatabaseOutage;

/**
 * While the database cannot be reached every request that needs it would end in the generic error
 * page, whose template itself reads the database. Instead the user gets HTTP 503 with a short page
 * in Thai and English, built from the message bundles without touching the database, and a
 * Retry-After; nothing they sent was saved. The pool validates connections, so the next request
 * after the database is back succeeds without a restart.
 *
 * <p>A failure is the database's when its chain says so ({@link DatabaseOutage}); when it does not
 * (a layer on the way may have wrapped it without its cause), the filter asks the pool for a
 * connection: if the database does not answer that either, the failure is answered as an outage
 * too, and logged with its chain so that the layer can be recognised by name.
 */
public class DatabaseUnavailableFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(DatabaseUnavailableFilter.class.getName());
  private static final String KEY = "unavailable.database";
  private static final int PROBE_SECONDS = 2;

  @Resource(lookup = "jdbc/cdd")
  DataSource database; // package-private: the test hands in a database that does or does not answer

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain) throws IOException, ServletException {
    try {
      chain.doFilter(req, res);
    } catch (ServletException | IOException | RuntimeException e) {
      boolean named = DatabaseOutage.causedBy(e);
      if (res.isCommitted() || !named && databaseAnswers()) {
        throw e;
      }
      if (!named) {
        LOG.log(Level.WARNING, "a failure whose chain does not name the database, while the database does not answer", e);
      }
      LOG.warning(() -> "database unreachable, answered 503 for " + req.getRequestURI() + ": " + e);
      res.reset();
      res.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      res.setHeader("Retry-After", "10");
      res.setHeader("Cache-Control", "no-store");
      res.setHeader("X-Frame-Options", "DENY"); // reset() dropped the headers SecurityHeadersFilter set
      res.setHeader("X-Content-Type-Options", "nosniff");
      res.setContentType("text/html;charset=UTF-8");
      res.getWriter().print(page());
    }
  }

  /** Whether the pool hands out a connection that answers within {@value #PROBE_SECONDS} s. */
  private boolean databaseAnswers() {
    try (Connection c = database.getConnection()) {
      return c.isValid(PROBE_SECONDS);
    } catch (SQLException | RuntimeException e) {
      return false;
    }
  }

  static String page() {
    return page(KEY, "503");
  }

  /** A short page in Thai and English from the bundles' {@code key}, built without the database. */
  static String page(String key, String title) {
    String thai = escape(ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag("th")).getString(key));
    String english = escape(ResourceBundle.getBundle("i18n.messages", Locale.ENGLISH).getString(key));
    return "<!DOCTYPE html><html lang=\"th\"><head><meta charset=\"UTF-8\"><title>" + title + "</title></head><body>"
        + "<p>" + thai + "</p><p lang=\"en\">" + english + "</p></body></html>";
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
