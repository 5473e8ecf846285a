package th.go.cdd.performance.health;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Every request counts as busy work on its thread from the moment it arrives until it is answered. */
public class BusyRequests extends HttpFilter {
  @Inject private BusyThreads busy;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
    boolean marked = busy.start(request.getMethod() + " " + request.getRequestURI());
    try {
      chain.doFilter(request, response);
    } finally {
      if (marked) {
        busy.done();
      }
    }
  }
}
