package th.go.cdd.performance.web.monitoring;

import th.go.cdd.performance.web.Texts;
import th.go.cdd.performance.web.Downloads;
import th.go.cdd.performance.web.UserSession;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.primefaces.model.StreamedContent;
import th.go.cdd.performance.export.TableFormat;
import th.go.cdd.performance.monitoring.Dashboard;
import th.go.cdd.performance.monitoring.MonitoringTables;
import th.go.cdd.performance.monitoring.ProvinceProgress;
import th.go.cdd.performance.monitoring.Region;
import th.go.cdd.performance.monitoring.ReportCounts;
import th.go.cdd.performance.program.Program;
import th.go.cdd.performance.program.ReportingRound;
import th.go.cdd.performance.shared.BusinessException;

/** The dashboard: every province in the user's scope for a round, filterable by cohort and region, totals on top. */
@Named
@ViewScoped
public class DashboardView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private Dashboard dashboard;
  @Inject private UserSession session;

  private Long round;
  private final RoundChoice choice = new RoundChoice();
  private Integer cohort;
  private Region region;
  private List<ProvinceProgress> all;
  private boolean denied;

  /** On GET: the round from the URL, or the current one. */
  public void load() {
    try {
      if (!choice.settle(dashboard, round)) {
        denied = true;
        Texts.error(null, "monitoring.noProgram");
        return;
      }
      refresh();
    } catch (BusinessException e) {
      denied = true;
      Texts.error(null, e);
    }
  }

  public void programChanged() {
    choice.programChanged(dashboard);
    refresh();
  }

  public void roundChanged() {
    choice.roundChanged(dashboard);
    refresh();
  }

  private void refresh() {
    all = dashboard.progress(session.getUsername(), choice.getRoundId());
  }

  public List<ProvinceProgress> getRows() {
    if (all == null) {
      return List.of();
    }
    return all.stream()
        .filter(p -> cohort == null || p.cohort() == cohort)
        .filter(p -> region == null || p.region() == region)
        .collect(Collectors.toCollection(ArrayList::new)); // the table sorts it by cohort in place
  }

  public ReportCounts getTotal() {
    return Dashboard.total(getRows());
  }

  /** A doughnut of the reports by state (Chart.js configuration for p:chart). */
  public String getStateChart() {
    ReportCounts t = getTotal();
    JsonArrayBuilder labels = Json.createArrayBuilder();
    for (String s : List.of("NOT_STARTED", "DRAFT", "WITH_DIRECTOR", "WITH_OFFICER", "RETURNED", "SIGNED")) {
      labels.add(Downloads.label("status." + s));
    }
    return Json.createObjectBuilder()
        .add("type", "doughnut")
        .add("data", Json.createObjectBuilder()
            .add("labels", labels)
            .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("data", Json.createArrayBuilder().add(t.notStarted()).add(t.draft()).add(t.withDirector())
                    .add(t.withOfficer()).add(t.returned()).add(t.signed()))
                .add("backgroundColor", Json.createArrayBuilder().add("#9aa5b1").add("#f0b429").add("#2186eb")
                    .add("#7c5ee6").add("#e12d39").add("#27ab83")))))
        .add("options", Json.createObjectBuilder().add("maintainAspectRatio", false)
            .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("position", "right"))))
        .build().toString();
  }

  public StreamedContent export(String format) {
    TableFormat f = TableFormat.valueOf(format);
    String title = Downloads.label("monitoring.dashboard.file", choice.getRoundNumber());
    return Downloads.of(MonitoringTables.dashboard(title, getRows(), Downloads.labels()), f, "dashboard-round-" + choice.getRoundNumber());
  }

  public List<Program> getPrograms() {
    return dashboard.programs();
  }

  public List<ReportingRound> getRounds() {
    return choice.rounds(dashboard);
  }

  public Region[] getRegions() {
    return Region.values();
  }

  public boolean isDenied() {
    return denied;
  }

  public RoundChoice getChoice() {
    return choice;
  }

  public Long getRound() {
    return round;
  }

  public void setRound(Long round) {
    this.round = round;
  }

  public Integer getCohort() {
    return cohort;
  }

  public void setCohort(Integer cohort) {
    this.cohort = cohort;
  }

  public Region getRegion() {
    return region;
  }

  public void setRegion(Region region) {
    this.region = region;
  }
}
