package th.go.cdd.performance.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/**
 * One row of the sign-in allowances every server shares: the Bucket4j state of a client address's
 * allowance of failed sign-ins ({@link SignInThrottle}) or of a device cookie's ({@link DeviceCookies}).
 * Only {@link AllowanceTable} reads and writes these rows, over JDBC; the entity is here so that the
 * migrated table is checked against the entities like every other (SchemaMigrationTest).
 */
@Entity
@Table(name = "sign_in_allowance", indexes = @Index(name = "sign_in_allowance_expires", columnList = "EXPIRESAT"))
public class SignInAllowance {
  /** Longest key: "address " and a client address of at most 64 characters ({@link ClientAddress}). */
  static final int MAX_ID = 100;

  /** What is counted: "address 203.0.113.9" or "device " and a device cookie's id. */
  @Id
  @Column(length = MAX_ID)
  private String id;

  /** Bucket4j's serialized bucket; null only for a row just made for a new bucket, before its first state. */
  @Lob
  private byte[] state;

  /** Milliseconds since the epoch after which the bucket is full again, so the row can be deleted. */
  @Column(nullable = false)
  private long expiresAt;

  protected SignInAllowance() {}
}
