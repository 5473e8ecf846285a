package th.go.cdd.performance.web.http;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Counts and times every request by page ({@code cdd_requests} with a {@code page} tag): the
 * page's path for the application's pages and servlets, one name for the static resources, and
 * "other" for anything else and for every path that found nothing (404), so that a stranger's
 * made-up paths cannot grow the set of series. An API request is named by its operation (a request
 * attribute {@link #PAGE} its JAX-RS filter sets: "api:getReport").
 */
public class RequestMetricsFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;
  /** A request attribute naming what was requested, set by whoever knows better than the path (the API's operations). */
  public static final String PAGE = "cdd.metrics.page";
  private static final Metadata REQUESTS = Metadata.builder().withName("cdd_requests").withUnit(MetricUnits.SECONDS)
      .withDescription("Requests answered, and how long they took, by page").build();

  @Inject private MetricRegistry registry;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain) throws IOException, ServletException {
    long start = System.nanoTime();
    try {
      chain.doFilter(req, res);
    } finally {
      Object named = req.getAttribute(PAGE);
      String page = res.getStatus() == HttpServletResponse.SC_NOT_FOUND ? "other" : named != null ? named.toString() : page(req.getServletPath());
      registry.timer(REQUESTS, new Tag("page", page)).update(Duration.ofNanos(System.nanoTime() - start));
    }
  }

  /** The page a path names, from a fixed set of shapes. */
  static String page(String servletPath) {
    String p = servletPath == null ? "" : servletPath;
    if (p.startsWith("/jakarta.faces.resource/") || p.startsWith("/resources/")) {
      return "resource";
    }
    if (p.matches("/(app/)?[a-z][a-z-]{0,40}\\.xhtml")) {
      return p;
    }
    if (p.matches("/(app/)?[a-z][a-z-]{0,40}") || p.matches("/(health|metrics|openapi)(/[a-z]{1,20})?")) {
      return p;
    }
    return "other";
  }
}
