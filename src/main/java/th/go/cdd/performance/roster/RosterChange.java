package th.go.cdd.performance.roster;

import java.io.Serializable;

/** What an import does to one line's person: add, update (and whether that is a move), or nothing; or closes an account the file no longer lists. */
public record RosterChange(int line, String staffNumber, String name, Kind kind, String detail) implements Serializable {
  public enum Kind {
    ADDED,
    UPDATED,
    MOVED,
    UNCHANGED,
    /** Not in the file although the file covers their province: the account is closed (line 0). */
    CLOSED
  }
}
