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
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;
import th.go.cdd.performance.export.TableFormat;
import th.go.cdd.performance.monitoring.Dashboard;
import th.go.cdd.performance.monitoring.KpiRollup;
import th.go.cdd.performance.monitoring.KpiTotal;
import th.go.cdd.performance.monitoring.MonitoringTables;
import th.go.cdd.performance.monitoring.PersonScore;
import th.go.cdd.performance.monitoring.ProvinceKpiResult;
import th.go.cdd.performance.program.ReportingRound;
import th.go.cdd.performance.shared.BusinessException;

/** The national KPI roll-up: per KPI against the national totals and the targets, levels, scores, charts. */
@Named
@ViewScoped
public class RollupView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private KpiRollup rollup;
  @Inject private Dashboard dashboard;
  @Inject private UserSession session;

  private Long round;
  private final RoundChoice choice = new RoundChoice();
  private boolean yearToDate = true;
  private boolean signedOnly;
  private int kpi = 3;
  private String name;
  private List<KpiTotal> totals;
  private List<ProvinceKpiResult> provinces;
  private boolean denied;

  private final LazyDataModel<PersonScore> scores = new LazyDataModel<>() {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) rollup.scoreCount(session.getUsername(), window(), name);
    }

    @Override
    public List<PersonScore> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return rollup.scores(session.getUsername(), window(), name, first, pageSize);
    }

    @Override
    public String getRowKey(PersonScore row) {
      return String.valueOf(row.staffId());
    }

    @Override
    public PersonScore getRowData(String rowKey) {
      return null;
    }
  };

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

  public void roundChanged() {
    choice.roundChanged(dashboard);
    refresh();
  }

  public void refresh() {
    totals = rollup.national(session.getUsername(), window());
    provinces = rollup.byProvince(session.getUsername(), window(), kpi);
  }

  private KpiRollup.Window window() {
    return new KpiRollup.Window(choice.getRoundId(), yearToDate, signedOnly);
  }

  /** Horizontal bars: each KPI's share of its national total (or of the staff's targets where none is stated). */
  public String getProgressChart() {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder national = Json.createArrayBuilder();
    JsonArrayBuilder target = Json.createArrayBuilder();
    for (KpiTotal t : totals == null ? List.<KpiTotal>of() : totals) {
      if (t.getTargetPercent() == null && t.getNationalPercent() == null) {
        continue;
      }
      labels.add(Downloads.label("rollup.kpiShort", t.number()));
      national.add(orZero(t.getNationalPercent()));
      target.add(orZero(t.getTargetPercent()));
    }
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add("data", Json.createObjectBuilder().add("labels", labels)
            .add("datasets", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("label", Downloads.label("rollup.nationalPercent")).add("data", national)
                    .add("backgroundColor", "#1f4e79"))
                .add(Json.createObjectBuilder().add("label", Downloads.label("rollup.targetPercent")).add("data", target)
                    .add("backgroundColor", "#27ab83"))))
        .add("options", Json.createObjectBuilder().add("indexAxis", "y").add("maintainAspectRatio", false)
            .add("scales", Json.createObjectBuilder().add("x", Json.createObjectBuilder().add("beginAtZero", true)
                .add("suggestedMax", 100))))
        .build().toString();
  }

  /** Bars: how many reports reached each level (0-5) on the chosen KPI. */
  public String getLevelChart() {
    KpiTotal chosen = getChosen();
    JsonArrayBuilder data = Json.createArrayBuilder();
    JsonArrayBuilder labels = Json.createArrayBuilder();
    for (int level = 0; level <= 5; level++) {
      labels.add(Downloads.label("rollup.level", level));
      data.add(chosen == null ? 0 : chosen.levels()[level]);
    }
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add("data", Json.createObjectBuilder().add("labels", labels)
            .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("label", Downloads.label("rollup.reported")).add("data", data).add("backgroundColor", "#f0b429"))))
        .add("options", Json.createObjectBuilder().add("maintainAspectRatio", false))
        .build().toString();
  }

  private static BigDecimal orZero(BigDecimal b) {
    return b == null ? BigDecimal.ZERO : b;
  }

  public KpiTotal getChosen() {
    return totals == null ? null : totals.stream().filter(t -> t.number() == kpi).findFirst().orElse(null);
  }

  public StreamedContent export(String format) {
    String title = Downloads.label("rollup.file", choice.getRoundNumber());
    return Downloads.of(MonitoringTables.rollup(title, totals, Downloads.labels()), TableFormat.valueOf(format),
        "kpi-rollup-round-" + choice.getRoundNumber() + (yearToDate ? "-ytd" : ""));
  }

  public List<ReportingRound> getRounds() {
    return choice.rounds(dashboard);
  }

  public List<KpiTotal> getTotals() {
    return totals;
  }

  public List<ProvinceKpiResult> getProvinces() {
    return provinces;
  }

  public LazyDataModel<PersonScore> getScores() {
    return scores;
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

  public boolean isYearToDate() {
    return yearToDate;
  }

  public void setYearToDate(boolean yearToDate) {
    this.yearToDate = yearToDate;
  }

  public boolean isSignedOnly() {
    return signedOnly;
  }

  public void setSignedOnly(boolean signedOnly) {
    this.signedOnly = signedOnly;
  }

  public int getKpi() {
    return kpi;
  }

  public void setKpi(int kpi) {
    this.kpi = kpi;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
