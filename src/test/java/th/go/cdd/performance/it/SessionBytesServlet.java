package th.go.cdd.performance.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.util.Collections;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Test-only: GET /it-session-bytes?ids=a,b (session cookies' values) writes each named session's attributes out with the
 * object stream Payara writes sessions with (what its session store and a cluster's replication write) and answers, per session, the bytes of each
 * attribute and the attributes that could not be written with the class that refused.
 */
@WebServlet("/it-session-bytes")
public class SessionBytesServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Map<String, HttpSession> OPEN = new ConcurrentHashMap<>();

  /** Keeps the open sessions by id, so that the servlet can read another client's session. */
  @WebListener
  public static class Tracker implements HttpSessionListener {
    @Override
    public void sessionCreated(HttpSessionEvent event) {
      OPEN.put(event.getSession().getId(), event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
      OPEN.remove(event.getSession().getId());
    }
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    JsonArrayBuilder sessions = Json.createArrayBuilder();
    for (String id : req.getParameter("ids").split(",")) {
      // the cookie may carry the server's route after the id ("id.route")
      HttpSession session = OPEN.values().stream().filter(open -> id.strip().startsWith(open.getId())).findFirst().orElse(null);
      JsonObjectBuilder answer = Json.createObjectBuilder().add("found", session != null);
      if (session != null) {
        JsonObjectBuilder attributes = Json.createObjectBuilder();
        JsonArrayBuilder refused = Json.createArrayBuilder();
        long total = 0;
        for (String name : Collections.list(session.getAttributeNames())) {
          try {
            long bytes = bytes(session.getAttribute(name));
            attributes.add(name, bytes);
            total += bytes;
          } catch (IOException e) {
            refused.add(name + ": " + e);
          }
        }
        answer.add("bytes", total).add("attributes", attributes).add("refused", refused);
      }
      sessions.add(answer);
    }
    resp.setContentType("application/json;charset=UTF-8");
    resp.getWriter().print(Json.createObjectBuilder().add("sessions", sessions).build());
  }

  private static long bytes(Object value) throws IOException {
    long[] count = {0};
    OutputStream counter = new OutputStream() {
      @Override
      public void write(int b) {
        count[0]++;
      }

      @Override
      public void write(byte[] b, int off, int len) {
        count[0] += len;
      }
    };
    try (ObjectOutputStream out = containerStream(counter)) {
      out.writeObject(value);
    }
    return count[0];
  }

  /**
   * The object stream Payara writes sessions with (its {@code JavaEEIOUtils}), found by name since it is the server's
   * and not the application's: it writes a reference to an enterprise bean, which a plain stream refuses, as a handle
   * the server that reads the session resolves again.
   */
  private static ObjectOutputStream containerStream(OutputStream out) throws IOException {
    try {
      Object locator = Class.forName("org.glassfish.internal.api.Globals").getMethod("getDefaultHabitat").invoke(null);
      Class<?> io = Class.forName("com.sun.enterprise.container.common.spi.util.JavaEEIOUtils");
      Object utils = locator.getClass().getMethod("getService", Class.class, java.lang.annotation.Annotation[].class)
          .invoke(locator, io, new java.lang.annotation.Annotation[0]);
      return (ObjectOutputStream) io.getMethod("createObjectOutputStream", OutputStream.class, boolean.class).invoke(utils, out, true);
    } catch (ReflectiveOperationException e) {
      throw new IOException("the server's session object stream: " + e, e);
    }
  }
}
