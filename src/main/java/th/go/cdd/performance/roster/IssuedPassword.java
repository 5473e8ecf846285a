package th.go.cdd.performance.roster;

import java.io.Serializable;

/** A one-time password given at import, to hand to its person once; never stored in plain text. */
public record IssuedPassword(String username, String name, String password) implements Serializable {}
