package th.go.cdd.performance.monitoring;

import java.io.Serializable;
import java.math.BigDecimal;

/** A staff member's weighted score (0-5, the program's weights) for the round and the year to date. */
public record PersonScore(long staffId, String name, String provinceTh, BigDecimal roundScore, BigDecimal yearScore) implements Serializable {
  public long getStaffId() { return staffId; }
  public String getName() { return name; }
  public String getProvinceTh() { return provinceTh; }
  public BigDecimal getRoundScore() { return roundScore; }
  public BigDecimal getYearScore() { return yearScore; }
}
