package th.go.cdd.performance.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Set;
import th.go.cdd.performance.people.Person;

/** Checks a username and password against the person table (PBKDF2 hashes); the role is the group. */
@ApplicationScoped
public class PersonIdentityStore implements IdentityStore {
  /** Compared against when the user does not exist, so both failures take the same time. */
  private static final String DUMMY_HASH =
      "PBKDF2WithHmacSHA256:210000:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

  @PersistenceContext private EntityManager em;
  @Inject private Pbkdf2PasswordHash hash;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential up)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    Person person = em.createNamedQuery("Person.findByUsername", Person.class)
        .setParameter("username", up.getCaller()).getResultStream().findFirst().orElse(null);
    if (person == null) {
      safeVerify(up.getPasswordAsString(), DUMMY_HASH);
      return CredentialValidationResult.INVALID_RESULT;
    }
    if (!safeVerify(up.getPasswordAsString(), person.getPasswordHash())) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    return new CredentialValidationResult(person.getUsername(), Set.of(person.getRole().name()));
  }

  private boolean safeVerify(String password, String stored) {
    try {
      return hash.verify(password.toCharArray(), stored);
    } catch (RuntimeException e) {
      return false;
    }
  }
}
