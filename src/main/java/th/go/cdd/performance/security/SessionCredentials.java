package th.go.cdd.performance.security;

import java.io.Serializable;
import java.time.Instant;

/**
 * What a signed-in session depends on: the time the password last changed (null if never since it
 * was kept) and whether the account is still open.
 */
public record SessionCredentials(Instant passwordChangedAt, boolean open) implements Serializable {}
