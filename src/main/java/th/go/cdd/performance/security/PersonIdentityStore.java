package th.go.cdd.performance.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import th.go.cdd.performance.people.Role;
import th.go.cdd.performance.shared.DatabaseOutage;

/**
 * Checks a username and password against the person table (PBKDF2 hashes) through {@link Accounts},
 * which counts failures and refuses locked accounts; the role is the group. Any refusal is the same
 * INVALID answer, so the login page cannot tell an unknown user, a wrong password and a lock apart;
 * only the right password for a closed account is told so (under {@link #ACCOUNT_CLOSED}).
 * A database that cannot be reached is no refusal: the failure is left on the request under
 * {@link #DATABASE_DOWN} for the login page to answer "service unavailable" (HTTP 503), and nothing
 * is counted against the account. A failure is counted against the client address
 * ({@link SignInThrottle}) and, when the browser shows a valid device cookie for the user, against
 * that device's allowance ({@link DeviceCookies}) instead of the account's lock for strangers.
 */
@ApplicationScoped
public class PersonIdentityStore implements IdentityStore {
  /** Request attribute: the database failure that kept a sign-in from being checked. */
  public static final String DATABASE_DOWN = "cdd.login.databaseDown";

  /** Request attribute, set when the right password was given for a closed account. */
  public static final String ACCOUNT_CLOSED = "cdd.login.accountClosed";

  private static final Metadata FAILED = Metadata.builder().withName("cdd_logins_failed")
      .withDescription("Sign-ins refused: unknown user, wrong password, locked, throttled or closed account").build();

  @Inject private Accounts accounts;
  @Inject private HttpServletRequest request;
  @Inject private DeviceCookies devices;
  @Inject private SignInThrottle throttle;
  @Inject private LoginSettings settings;
  @Inject private MetricRegistry metrics;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential up)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    String address = ClientAddress.of(request, settings.trustedProxies());
    try {
      // the allowances are in the database too, so an outage while reading them is answered 503 like any other
      if (!throttle.waitFor(address).isZero()) {
        return refused(); // the filter answers 429 first; this is the guard behind it
      }
      String device = devices.trustedDevice(request, up.getCaller()).orElse(null);
      Optional<Role> role = accounts.login(up.getCaller(), up.getPasswordAsString(), new SignInAttempt(address, device));
      if (role.isEmpty()) {
        throttle.failed(address);
        if (device != null) {
          devices.failed(device);
        }
        return refused();
      }
      if (device != null) {
        devices.succeeded(device);
      }
      return new CredentialValidationResult(up.getCaller(), Set.of(role.get().name()));
    } catch (AccountClosedException e) {
      request.setAttribute(ACCOUNT_CLOSED, Boolean.TRUE);
      return refused();
    } catch (RuntimeException e) {
      if (!DatabaseOutage.causedBy(e)) {
        throw e;
      }
      // the container's authentication turns any exception into a refusal; the login page rethrows this one
      request.setAttribute(DATABASE_DOWN, e);
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
  }

  /** A refused sign-in, counted for the operators' scraper ({@code cdd_logins_failed}). */
  private CredentialValidationResult refused() {
    metrics.counter(FAILED).inc();
    return CredentialValidationResult.INVALID_RESULT;
  }
}
