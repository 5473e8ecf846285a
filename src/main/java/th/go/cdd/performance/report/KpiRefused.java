package th.go.cdd.performance.report;

import jakarta.ejb.ApplicationException;
import th.go.cdd.performance.program.KpiKind;
import th.go.cdd.performance.shared.BusinessException;

/**
 * A KPI value refused, with the field it is about, so that the form can mark that field and the
 * message name it: the arguments are the KPI's number, the field's name, then the message's own.
 */
@ApplicationException(rollback = true)
public class KpiRefused extends BusinessException {
  private final int kpiNumber;
  private final KpiField field;

  public KpiRefused(String key, int kpiNumber, KpiKind kind, KpiField field, Object... more) {
    super(key, args(kpiNumber, field.label(kind), more));
    this.kpiNumber = kpiNumber;
    this.field = field;
  }

  private static Object[] args(int kpi, Object label, Object[] more) {
    Object[] all = new Object[2 + more.length];
    all[0] = kpi;
    all[1] = label;
    System.arraycopy(more, 0, all, 2, more.length);
    return all;
  }

  public int getKpiNumber() {
    return kpiNumber;
  }

  public KpiField getField() {
    return field;
  }
}
