package th.go.cdd.performance.web.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Payara's MicroProfile Metrics (connection pools, JVM internals, our gauges) answer only a scraper
 * that sends {@code Authorization: Bearer <cdd.metrics.token>}; anyone else gets 401. Without a
 * configured token nobody reads them: metrics are for the operators, who set the token in the
 * scraper and the server alike. Payara serves /metrics inside the web module at the root context, so
 * this filter of ours sees those requests (ReliabilityHttpIT proves it). Health (/health/ready,
 * /health/live) stays open: the load balancer and the supervisor read it without credentials.
 */
public class MetricsAccessFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  private byte[] tokenDigest;

  @Override
  public void init() {
    tokenDigest = digestOf(ConfigProvider.getConfig().getOptionalValue("cdd.metrics.token", String.class));
  }

  static byte[] digestOf(Optional<String> token) {
    return token.map(String::strip).filter(t -> !t.isEmpty()).map(MetricsAccessFilter::sha256).orElse(null);
  }

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain) throws IOException, ServletException {
    if (!allowed(tokenDigest, req.getHeader("Authorization"))) {
      res.setHeader("WWW-Authenticate", "Bearer realm=\"metrics\"");
      res.sendError(HttpServletResponse.SC_UNAUTHORIZED);
      return;
    }
    chain.doFilter(req, res);
  }

  /** Compared as digests, in constant time whatever the length of what was sent. */
  static boolean allowed(byte[] tokenDigest, String authorization) {
    if (tokenDigest == null || authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return false;
    }
    return MessageDigest.isEqual(tokenDigest, sha256(authorization.substring(7).strip()));
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
