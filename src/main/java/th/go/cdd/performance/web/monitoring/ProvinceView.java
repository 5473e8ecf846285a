package th.go.cdd.performance.web.monitoring;

import th.go.cdd.performance.access.AccessPolicy;
import th.go.cdd.performance.web.Texts;
import th.go.cdd.performance.web.Downloads;
import th.go.cdd.performance.web.UserSession;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.StreamedContent;
import th.go.cdd.performance.export.TableFormat;
import th.go.cdd.performance.monitoring.Dashboard;
import th.go.cdd.performance.monitoring.MonitoringTables;
import th.go.cdd.performance.monitoring.ReportLine;
import th.go.cdd.performance.monitoring.ReportLists;
import th.go.cdd.performance.program.ReportingRound;
import th.go.cdd.performance.reminder.Reminders;
import th.go.cdd.performance.shared.BusinessException;

/** One province's reports for a round, from the dashboard; the province in the URL is checked against the user's scope. */
@Named
@ViewScoped
public class ProvinceView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private ReportLists lists;
  @Inject private Dashboard dashboard;
  @Inject private Reminders reminders;
  @Inject private UserSession session;

  private Long round;
  private String province;
  private int roundNumber;
  private List<ReportLine> lines;
  private boolean denied;

  public void load() {
    try {
      if (round == null || province == null) {
        throw AccessPolicy.denied();
      }
      ReportingRound r = dashboard.round(round);
      roundNumber = r.getNumber();
      lines = lists.province(session.getUsername(), round, province);
    } catch (BusinessException e) {
      denied = true;
      lines = List.of();
      Texts.error(null, e);
    }
  }

  public String getProvinceName() {
    return lines == null || lines.isEmpty() ? province : lines.get(0).provinceTh();
  }

  /** Sends a reminder now to everyone who holds an overdue report in this province (administrators, the province's officer). */
  public void nudge() {
    NudgeView.nudge(reminders, session.getUsername(), province);
  }

  public boolean isMayNudge() {
    return session.isProvinceOverseer();
  }

  public StreamedContent export(String format) {
    String title = Downloads.label("monitoring.province.file", province, roundNumber);
    return Downloads.of(MonitoringTables.reports(title, lines, Downloads.labels()), TableFormat.valueOf(format),
        "province-" + province + "-round-" + roundNumber);
  }

  public List<ReportLine> getLines() {
    return lines;
  }

  public boolean isDenied() {
    return denied;
  }

  public int getRoundNumber() {
    return roundNumber;
  }

  public Long getRound() {
    return round;
  }

  public void setRound(Long round) {
    this.round = round;
  }

  public String getProvince() {
    return province;
  }

  public void setProvince(String province) {
    this.province = province;
  }
}
