package th.go.cdd.performance.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.shared.BaseEntity;

/**
 * A credential an administrator issues to another of the department's systems for the REST API. It
 * reads as one account (an administrator's: the whole country; a provincial officer's: their
 * province), so {@code AccessPolicy} decides what it sees exactly as for that person; it never writes.
 * Only the SHA-256 of the secret is kept ({@link ApiTokenCodes}): the secret is shown once, at issue.
 */
@Entity
@Table(name = "api_token", indexes = @Index(name = "api_token_issued", columnList = "ISSUEDAT"))
@NamedQuery(name = "ApiToken.findByHash", query = "select t from ApiToken t where t.tokenHash = :hash")
@NamedQuery(name = "ApiToken.findAll", query = "select t from ApiToken t order by t.issuedAt desc, t.id desc")
public class ApiToken extends BaseEntity {
  public static final int MAX_NAME = 100;

  /** What the administrator calls it ("ระบบบุคลากร", "HR system"). */
  @Column(nullable = false, length = MAX_NAME)
  private String name;

  /** Lower-case hex SHA-256 of the secret. */
  @Column(nullable = false, unique = true, length = 64)
  private String tokenHash;

  /** The secret's first characters, so that an administrator can tell tokens apart without the secret. */
  @Column(nullable = false, length = 12)
  private String shownPrefix;

  /** The account the token reads as. */
  @ManyToOne(optional = false)
  @JoinColumn(nullable = false)
  private Person account;

  /** The province the token is limited to (the officer's), or null for the whole country (an administrator's). */
  @Column(length = 10)
  private String provinceCode;

  @Column(nullable = false, length = 64)
  private String issuedBy;

  @Column(nullable = false)
  private Instant issuedAt;

  @Column(length = 64)
  private String revokedBy;

  private Instant revokedAt;

  private Instant lastUsedAt;

  protected ApiToken() {}

  public ApiToken(String name, String tokenHash, String shownPrefix, Person account, String provinceCode, String issuedBy, Instant issuedAt) {
    this.name = Objects.requireNonNull(name);
    this.tokenHash = Objects.requireNonNull(tokenHash);
    this.shownPrefix = Objects.requireNonNull(shownPrefix);
    this.account = Objects.requireNonNull(account);
    this.provinceCode = provinceCode;
    this.issuedBy = Objects.requireNonNull(issuedBy);
    this.issuedAt = Objects.requireNonNull(issuedAt);
    if (name.isBlank() || name.length() > MAX_NAME) {
      throw new IllegalArgumentException("a token's name is 1 to " + MAX_NAME + " characters");
    }
  }

  /**
   * Whether the token still reads, given the scope its account has today ({@code currentScope}: null
   * for the whole country): not revoked, the account open, and the account's scope the one the
   * token was issued with, so an officer moved to another province or made staff takes no token along.
   */
  public boolean usableAt(Instant now, String currentScope) {
    return revokedAt == null && !account.isClosedAt(now) && Objects.equals(provinceCode, currentScope);
  }

  /** Ends the token for good; a second revocation keeps the first's time and name. */
  public void revoke(String by, Instant at) {
    if (revokedAt == null) {
      this.revokedBy = Objects.requireNonNull(by);
      this.revokedAt = Objects.requireNonNull(at);
    }
  }

  public void used(Instant at) {
    this.lastUsedAt = at;
  }

  public boolean isRevoked() {
    return revokedAt != null;
  }

  public String getName() {
    return name;
  }

  public String getShownPrefix() {
    return shownPrefix;
  }

  public Person getAccount() {
    return account;
  }

  public String getProvinceCode() {
    return provinceCode;
  }

  public String getIssuedBy() {
    return issuedBy;
  }

  public Instant getIssuedAt() {
    return issuedAt;
  }

  public String getRevokedBy() {
    return revokedBy;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }

  public Instant getLastUsedAt() {
    return lastUsedAt;
  }
}
