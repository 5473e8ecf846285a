package th.go.cdd.performance.monitoring;

/**
 * The regions of Thailand as the official province codes group them: the first digit of the
 * two-digit code is the region (1 central, 2 east, 3 and 4 north-east, 5 and 6 north, 7 west,
 * 8 and 9 south).
 */
public enum Region {
  CENTRAL,
  EAST,
  NORTHEAST,
  NORTH,
  WEST,
  SOUTH;

  public static Region ofProvinceCode(String code) {
    if (code == null || code.length() != 2 || !Character.isDigit(code.charAt(0))) {
      throw new IllegalArgumentException("not a province code: " + code);
    }
    return switch (code.charAt(0)) {
      case '1' -> CENTRAL;
      case '2' -> EAST;
      case '3', '4' -> NORTHEAST;
      case '5', '6' -> NORTH;
      case '7' -> WEST;
      case '8', '9' -> SOUTH;
      default -> throw new IllegalArgumentException("not a province code: " + code);
    };
  }
}
