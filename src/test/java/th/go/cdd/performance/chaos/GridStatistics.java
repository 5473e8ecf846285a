package th.go.cdd.performance.chaos;

import java.lang.reflect.Method;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Test-only (in the chaos WAR): what this server's member of Payara's data grid holds, read through the
 * instance Payara binds at {@code payara/Hazelcast}. Hazelcast's classes are the server's own, not the
 * application's, so they are called by name: the members of the grid, and per map its entries, the memory of
 * the entries this member owns and of the backups it keeps for others, and its put, set and get operations
 * since the member started. Answered as lines {@code members=N} and {@code map NAME entries=… owned=…
 * ownedBytes=… backupBytes=… puts=… sets=… gets=…}.
 */
final class GridStatistics {
  private GridStatistics() {}

  static String read() {
    Object grid;
    try {
      grid = new InitialContext().lookup("payara/Hazelcast");
    } catch (NamingException e) {
      return "members=0\nno data grid: " + e.getMessage();
    }
    StringBuilder out = new StringBuilder();
    Object cluster = call(grid, "getCluster");
    out.append("members=").append(((Collection<?>) call(cluster, "getMembers")).size()).append('\n');
    Map<String, String> maps = new TreeMap<>();
    for (Object object : (Collection<?>) call(grid, "getDistributedObjects")) {
      if (!"hz:impl:mapService".equals(call(object, "getServiceName"))) {
        continue;
      }
      Object stats = call(object, "getLocalMapStats");
      maps.put(String.valueOf(call(object, "getName")), "entries=" + ((Map<?, ?>) object).size()
          + " owned=" + call(stats, "getOwnedEntryCount") + " ownedBytes=" + call(stats, "getOwnedEntryMemoryCost")
          + " backupBytes=" + call(stats, "getBackupEntryMemoryCost") + " puts=" + call(stats, "getPutOperationCount")
          + " sets=" + call(stats, "getSetOperationCount") + " gets=" + call(stats, "getGetOperationCount"));
    }
    // Payara names a web application's session map by its context path: "" for the root
    maps.forEach((name, line) -> out.append("map ").append(name.isEmpty() ? "sessions:/" : name.replace(' ', '_')).append(' ').append(line).append('\n'));
    return out.toString();
  }

  /** A public no-argument method, found through the object's public interfaces when its class is not public. */
  private static Object call(Object target, String method) {
    try {
      Method m = target.getClass().getMethod(method);
      m.setAccessible(true);
      return m.invoke(target);
    } catch (ReflectiveOperationException | RuntimeException e) {
      for (Class<?> type : target.getClass().getInterfaces()) {
        try {
          return type.getMethod(method).invoke(target);
        } catch (ReflectiveOperationException | RuntimeException ignored) {
          // the next interface
        }
      }
      throw new IllegalStateException(method + " on " + target.getClass().getName() + ": " + e, e);
    }
  }
}
