package th.go.cdd.performance.security;

import java.io.Serializable;
import java.time.Instant;

/** What an administrator sees of an account: who, whether a one-time password waits to be changed, the lock. */
public record AccountState(String username, String displayName, String provinceCode, boolean mustChangePassword, int failedLogins,
    Instant lockedUntil) implements Serializable {}
