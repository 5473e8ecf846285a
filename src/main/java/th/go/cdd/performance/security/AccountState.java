package th.go.cdd.performance.security;

import java.io.Serializable;
import java.time.Instant;
import th.go.cdd.performance.people.AccountClosure;

/** What an administrator sees of an account: who, whether a one-time password waits to be changed, the lock, the closure. */
public record AccountState(String username, String displayName, String provinceCode, boolean mustChangePassword, int failedLogins,
    Instant lockedUntil, Instant closedFrom, AccountClosure closedBecause) implements Serializable {}
