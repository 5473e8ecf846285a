package th.go.cdd.performance.web.http;

import th.go.cdd.performance.web.PublicUrl;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;

/**
 * The session cookie is Secure whenever the configured public URL is https. glassfish-web.xml's
 * {@code cookieSecure=dynamic} makes it Secure only when Payara itself sees HTTPS, which behind a
 * TLS-terminating proxy it never does; web.xml cannot make it depend on a setting, so it is set here
 * at start-up, the one moment the servlet API lets an application change it.
 */
@WebListener
public class SessionCookieSecurity implements ServletContextListener {
  @Override
  public void contextInitialized(ServletContextEvent event) {
    configure(event.getServletContext().getSessionCookieConfig(), PublicUrl.isHttps());
  }

  static void configure(SessionCookieConfig config, boolean https) {
    if (https) {
      config.setSecure(true);
    }
  }
}
