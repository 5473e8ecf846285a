package th.go.cdd.performance.security;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import th.go.cdd.performance.access.AccessPolicy;
import th.go.cdd.performance.audit.AuditAction;
import th.go.cdd.performance.audit.AuditLog;
import th.go.cdd.performance.audit.AuditTarget;
import th.go.cdd.performance.people.People;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.shared.BusinessException;

/**
 * REST API tokens: an administrator issues one to read as an administrator's account (the whole
 * country) or a provincial officer's (their province), lists and revokes them; every call made with
 * one is in the audit log, in the call's own transaction.
 */
@Stateless
public class ApiTokens {
  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext private EntityManager em;
  @Inject private People people;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  /** The token and its secret, which exists only here: the database keeps its hash. */
  public record Issued(ApiToken token, String secret) {}

  /** What a presented token reads as. */
  public record Caller(String username, long tokenId, String tokenName) {}

  public Issued issue(String adminUsername, String name, String accountUsername) {
    Person admin = AccessPolicy.requireAdministrator(people.byUsername(adminUsername));
    String label = name == null ? "" : name.strip();
    if (label.isEmpty() || label.length() > ApiToken.MAX_NAME) {
      throw new BusinessException("apiToken.nameRequired");
    }
    Person account = em.createNamedQuery("Person.findByUsername", Person.class)
        .setParameter("username", accountUsername == null ? "" : accountUsername.strip()).getResultStream().findFirst()
        .orElseThrow(() -> new BusinessException("admin.noSuchPerson", accountUsername));
    Instant now = clock.instant();
    String scope = scopeOf(account).orElseThrow(() -> new BusinessException("apiToken.accountNotEligible", account.getUsername()));
    if (account.isClosedAt(now)) {
      throw new BusinessException("apiToken.accountNotEligible", account.getUsername());
    }
    String secret = ApiTokenCodes.newSecret(RANDOM);
    ApiToken token = new ApiToken(label, ApiTokenCodes.hash(secret), ApiTokenCodes.shownPrefix(secret), account,
        scope.isEmpty() ? null : scope, admin.getUsername(), now);
    em.persist(token);
    audit.record(admin, AuditAction.ISSUE_API_TOKEN, target(token), token.getName(), "reads as " + account.getUsername());
    return new Issued(token, secret);
  }

  public List<ApiToken> all(String adminUsername) {
    AccessPolicy.requireAdministrator(people.byUsername(adminUsername));
    return em.createNamedQuery("ApiToken.findAll", ApiToken.class).getResultList();
  }

  public void revoke(String adminUsername, long tokenId) {
    Person admin = AccessPolicy.requireAdministrator(people.byUsername(adminUsername));
    ApiToken token = AccessPolicy.found(em.find(ApiToken.class, tokenId));
    if (!token.isRevoked()) {
      token.revoke(admin.getUsername(), clock.instant());
      audit.record(admin, AuditAction.REVOKE_API_TOKEN, target(token), token.getName(), null);
    }
  }

  /**
   * The caller a presented secret stands for, recording the call ({@code call}: method and path) in
   * the audit log; empty for a secret that names no usable token (a refused known token is recorded too).
   */
  public Optional<Caller> authenticate(String secret, String call) {
    if (!ApiTokenCodes.wellFormed(secret)) {
      return Optional.empty();
    }
    Optional<ApiToken> found = em.createNamedQuery("ApiToken.findByHash", ApiToken.class)
        .setParameter("hash", ApiTokenCodes.hash(secret)).getResultStream().findFirst();
    if (found.isEmpty()) {
      return Optional.empty();
    }
    ApiToken token = found.get();
    Instant now = clock.instant();
    // the whole country is "" here and null on the token; an account that oversees nothing matches no token
    Optional<String> scope = scopeOf(token.getAccount());
    if (scope.isEmpty() || !token.usableAt(now, scope.get().isEmpty() ? null : scope.get())) {
      audit.record(token.getAccount(), AuditAction.API_TOKEN_REFUSED, target(token), cut(call), null);
      return Optional.empty();
    }
    token.used(now);
    audit.record(token.getAccount(), AuditAction.API_TOKEN_USED, target(token), cut(call), null);
    return Optional.of(new Caller(token.getAccount().getUsername(), token.getId(), token.getName()));
  }

  /** The account's oversight today: "" for the whole country, a province code, or empty when it oversees no province. */
  private static Optional<String> scopeOf(Person account) {
    try {
      String province = AccessPolicy.requireProvinceOversight(account);
      return Optional.of(province == null ? "" : province);
    } catch (BusinessException refused) {
      return Optional.empty();
    }
  }

  private static AuditTarget target(ApiToken token) {
    return new AuditTarget(null, token.getAccount().getUsername(), token.getProvinceCode(), null,
        "API token " + token.getShownPrefix() + "… " + token.getName());
  }

  /** The call as the audit entry's reason (a column of 1,000 characters). */
  private static String cut(String call) {
    return call.length() <= 1000 ? call : call.substring(0, 1000);
  }
}
