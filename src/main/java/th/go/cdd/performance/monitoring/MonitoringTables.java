package th.go.cdd.performance.monitoring;

import java.util.List;
import java.util.function.Function;
import th.go.cdd.performance.audit.AuditEntry;
import th.go.cdd.performance.export.Table;

/**
 * The monitoring screens' data as export tables, headed in the reader's language ({@code label}
 * turns a bundle key into text). The same rows as on screen, nothing recomputed.
 */
public final class MonitoringTables {
  private MonitoringTables() {}

  public static Table dashboard(String title, List<ProvinceProgress> rows, Function<String, String> label) {
    Table t = new Table(title, List.of(label.apply("monitoring.province.code"), label.apply("monitoring.province"),
        label.apply("monitoring.cohort"), label.apply("monitoring.region"), label.apply("monitoring.staff"),
        label.apply("status.NOT_STARTED"), label.apply("status.DRAFT"), label.apply("status.WITH_DIRECTOR"),
        label.apply("status.WITH_OFFICER"), label.apply("status.RETURNED"), label.apply("status.SIGNED"),
        label.apply("monitoring.signedPercent"), label.apply("monitoring.overdue")));
    for (ProvinceProgress p : rows) {
      ReportCounts c = p.counts();
      t.row(p.code(), p.nameTh(), p.cohort(), label.apply("region." + p.region()), c.staff(), c.notStarted(), c.draft(),
          c.withDirector(), c.withOfficer(), c.returned(), c.signed(), c.signedPercent(), c.overdue());
    }
    ReportCounts all = Dashboard.total(rows);
    t.row("", label.apply("monitoring.total"), null, null, all.staff(), all.notStarted(), all.draft(), all.withDirector(),
        all.withOfficer(), all.returned(), all.signed(), all.signedPercent(), all.overdue());
    return t;
  }

  public static Table reports(String title, List<ReportLine> lines, Function<String, String> label) {
    Table t = new Table(title, List.of(label.apply("monitoring.staffName"), label.apply("monitoring.province"),
        label.apply("monitoring.group"), label.apply("inbox.round"), label.apply("monitoring.state"),
        label.apply("inbox.due"), label.apply("monitoring.daysLate"), label.apply("monitoring.holderRole"),
        label.apply("monitoring.holder")));
    for (ReportLine l : lines) {
      t.row(l.staffName(), l.provinceTh(), l.groupTh(), l.roundNumber(), label.apply("status." + l.getState()), l.dueDate(),
          l.daysLate(), label.apply("holder." + l.holder().role()),
          l.holder().names() + (l.holder().closedNames().isEmpty() ? "" : " (" + label.apply("holder.closed") + ": " + l.holder().closedNames() + ")"));
    }
    return t;
  }

  public static Table audit(String title, List<AuditEntry> entries, Function<String, String> label) {
    Table t = new Table(title, List.of(label.apply("audit.at"), label.apply("audit.action"), label.apply("audit.actor"),
        label.apply("audit.provinceCode"), label.apply("audit.target"), label.apply("audit.reason"), label.apply("audit.details")));
    for (AuditEntry a : entries) {
      t.row(a.getAt(), label.apply("audit.action." + a.getAction()), a.getActorName() + " (" + a.getActorUsername() + ")",
          a.getProvinceCode(), a.getTargetLabel(), a.getReason(), a.getDetails());
    }
    return t;
  }

  public static Table rollup(String title, List<KpiTotal> totals, Function<String, String> label) {
    Table t = new Table(title, List.of(label.apply("rollup.kpi"), label.apply("rollup.title"), label.apply("rollup.reported"),
        label.apply("rollup.result"), label.apply("rollup.unit"), label.apply("rollup.target"), label.apply("rollup.targetPercent"),
        label.apply("rollup.national"), label.apply("rollup.nationalPercent"), "L0", "L1", "L2", "L3", "L4", "L5"));
    for (KpiTotal k : totals) {
      long[] l = k.levels();
      t.row(k.number(), k.titleTh(), k.reported(), k.result(), k.unitTh(), k.headcountTarget(), k.getTargetPercent(),
          k.nationalTotal(), k.getNationalPercent(), l[0], l[1], l[2], l[3], l[4], l[5]);
    }
    return t;
  }
}
