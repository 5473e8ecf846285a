package th.go.cdd.performance.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The address a request came from, as throttling and the audit log count it: the connection's peer,
 * unless that peer is one of the configured reverse proxies ({@code cdd.http.trustedProxies}); then
 * the nearest address in X-Forwarded-For that is not itself a trusted proxy. The header is never
 * believed from anyone else, since a client can write any address into it.
 */
public final class ClientAddress {
  private ClientAddress() {}

  public static String of(HttpServletRequest request, Set<String> trustedProxies) {
    return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trustedProxies);
  }

  static String of(String peer, String forwardedFor, Set<String> trustedProxies) {
    String address = peer == null ? "" : peer;
    if (!trustedProxies.contains(address) || forwardedFor == null || forwardedFor.isBlank()) {
      return address;
    }
    List<String> hops = Arrays.stream(forwardedFor.split(",")).map(String::strip).filter(h -> !h.isEmpty()).toList();
    // read from the right: each trusted proxy appended the address it saw; the first untrusted one is the client
    for (int i = hops.size() - 1; i >= 0; i--) {
      String hop = hops.get(i);
      if (!trustedProxies.contains(hop)) {
        return hop.length() > 64 ? hop.substring(0, 64) : hop;
      }
    }
    return address;
  }

  static Set<String> parseList(String list) {
    return Arrays.stream(list == null ? new String[0] : list.split(",")).map(String::strip).filter(s -> !s.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }
}
