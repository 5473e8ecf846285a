package th.go.cdd.performance.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/**
 * Checks a username and password against the person table (PBKDF2 hashes) through {@link Accounts},
 * which counts failures and refuses locked accounts; the role is the group. Any refusal is the same
 * INVALID answer, so the login page cannot tell an unknown user, a wrong password and a lock apart.
 */
@ApplicationScoped
public class PersonIdentityStore implements IdentityStore {
  @Inject private Accounts accounts;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential up)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    return accounts.login(up.getCaller(), up.getPasswordAsString())
        .map(role -> new CredentialValidationResult(up.getCaller(), Set.of(role.name())))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}
