package th.go.cdd.performance.api;

import jakarta.servlet.http.HttpServletRequest;

/** The account a call acts as, set by {@link ApiAccessFilter} for the resources to read. */
public record ApiCaller(String username, ApiAccess.Credential credential) {
  static final String ATTRIBUTE = ApiCaller.class.getName();

  public static ApiCaller of(HttpServletRequest req) {
    if (!(req.getAttribute(ATTRIBUTE) instanceof ApiCaller caller)) {
      // the filter runs on every /api request; a resource reached without it is a configuration error
      throw new IllegalStateException("no API caller on " + req.getRequestURI());
    }
    return caller;
  }
}
