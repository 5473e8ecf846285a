package th.go.cdd.performance.api;

import java.util.Set;

/**
 * Who may make a call, before any service is asked (which then asks {@code AccessPolicy} what the
 * caller's account may see): a signed-in session or a valid API token, nothing else. Tokens read and
 * never write: saving figures and submitting are a staff member's own acts, done in their session.
 * A session's writes must carry the header {@value #CSRF_HEADER}: a page of another site can make a
 * browser send the session cookie with a form, but not a custom header (that needs a CORS preflight,
 * which this API never grants), so the header proves the call came from a program, not a forged form.
 */
public final class ApiAccess {
  public static final String CSRF_HEADER = "X-CDD-Requested-By";
  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

  private ApiAccess() {}

  /** How the caller came. */
  public enum Credential {
    NONE,
    SESSION,
    TOKEN
  }

  /** The message key of the refusal, or null when the call may go on to its service. */
  public static String refusal(String method, Credential credential, boolean csrfHeader) {
    boolean read = READS.contains(method);
    return switch (credential) {
      case NONE -> "api.unauthorized";
      case TOKEN -> read ? null : "api.readOnlyToken";
      case SESSION -> read || csrfHeader ? null : "api.csrf";
    };
  }
}
