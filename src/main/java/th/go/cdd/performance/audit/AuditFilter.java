package th.go.cdd.performance.audit;

import java.time.LocalDate;

/** Filters of the audit log; nulls mean "any". Dates are Bangkok days, both inclusive. */
public record AuditFilter(AuditAction action, String actor, String provinceCode, LocalDate from, LocalDate to, String text) {
  public static AuditFilter none() {
    return new AuditFilter(null, null, null, null, null, null);
  }

  public AuditFilter withProvince(String code) {
    return new AuditFilter(action, actor, code, from, to, text);
  }
}
