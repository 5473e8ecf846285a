package th.go.cdd.performance.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/** The session cookie is HttpOnly and SameSite=Lax (web.xml's cookie attribute is not applied by Payara Micro 6). */
@WebListener
public class SessionCookieSettings implements ServletContextListener {
  @Override
  public void contextInitialized(ServletContextEvent event) {
    var cookie = event.getServletContext().getSessionCookieConfig();
    cookie.setHttpOnly(true);
    cookie.setAttribute("SameSite", "Lax");
  }
}
