package th.go.cdd.performance.roster;

import java.io.Serializable;

/** Why a line of a roster file cannot be imported: a message key of the UI bundles and its arguments. */
public record RosterProblem(int line, String key, Serializable... args) implements Serializable {
  public static RosterProblem of(int line, String key, Object... args) {
    Serializable[] s = new Serializable[args.length];
    for (int i = 0; i < args.length; i++) {
      s[i] = args[i] == null ? "" : args[i] instanceof Serializable ser ? ser : String.valueOf(args[i]);
    }
    return new RosterProblem(line, key, s);
  }
}
