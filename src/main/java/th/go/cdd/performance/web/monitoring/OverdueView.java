package th.go.cdd.performance.web.monitoring;

import th.go.cdd.performance.web.Texts;
import th.go.cdd.performance.web.Downloads;
import th.go.cdd.performance.web.UserSession;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.primefaces.model.StreamedContent;
import th.go.cdd.performance.export.TableFormat;
import th.go.cdd.performance.monitoring.Dashboard;
import th.go.cdd.performance.monitoring.HolderRole;
import th.go.cdd.performance.monitoring.MonitoringTables;
import th.go.cdd.performance.monitoring.OverdueFilter;
import th.go.cdd.performance.monitoring.ReportLine;
import th.go.cdd.performance.monitoring.ReportLists;
import th.go.cdd.performance.program.ReportingRound;
import th.go.cdd.performance.shared.BusinessException;

/** The overdue list: every report not signed by its due date, who holds it, paged and sorted by the database. */
@Named
@ViewScoped
public class OverdueView implements Serializable {
  private static final long serialVersionUID = 1L;
  /** The most rows one export writes; the list on screen has no limit. */
  public static final int EXPORT_LIMIT = 20_000;

  @Inject private ReportLists lists;
  @Inject private Dashboard dashboard;
  @Inject private UserSession session;

  private Long round;
  private final RoundChoice choice = new RoundChoice();
  private boolean allRounds = true;
  private String province;
  private HolderRole holder;
  private String name;
  private boolean denied;

  private final LazyDataModel<ReportLine> reports = new LazyDataModel<>() {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      try {
        return (int) lists.overdueCount(session.getUsername(), filter());
      } catch (BusinessException e) {
        Texts.error(null, e);
        return 0;
      }
    }

    @Override
    public List<ReportLine> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
      String field = sort == null ? "daysLate" : sort.getField();
      boolean asc = sort != null && sort.getOrder() != SortOrder.DESCENDING;
      try {
        return lists.overdue(session.getUsername(), filter(), first, pageSize, field, asc);
      } catch (BusinessException e) {
        return List.of();
      }
    }

    @Override
    public String getRowKey(ReportLine row) {
      return String.valueOf(row.reportId());
    }

    @Override
    public ReportLine getRowData(String rowKey) {
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
      lists.overdueCount(session.getUsername(), filter());
    } catch (BusinessException e) {
      denied = true;
      Texts.error(null, e);
    }
  }

  public void roundChanged() {
    choice.roundChanged(dashboard);
  }

  private OverdueFilter filter() {
    return new OverdueFilter(choice.getProgramId(), allRounds ? null : choice.getRoundNumber(), province, holder, name);
  }

  /** The overdue reports the filters select, as Excel or CSV; none (and the reason shown) when the list refuses the filter. */
  public StreamedContent export(String format) {
    List<ReportLine> all = new ArrayList<>();
    int page = ReportLists.MAX_PAGE;
    for (int first = 0; first < EXPORT_LIMIT; first += page) {
      List<ReportLine> part;
      try {
        part = lists.overdue(session.getUsername(), filter(), first, page, "daysLate", false);
      } catch (BusinessException e) {
        Texts.error(null, e);
        return null;
      }
      all.addAll(part);
      if (part.size() < page) {
        break;
      }
    }
    String title = Downloads.label("monitoring.overdue.file");
    return Downloads.of(MonitoringTables.reports(title, all, Downloads.labels()), TableFormat.valueOf(format), "overdue");
  }

  public LazyDataModel<ReportLine> getReports() {
    return reports;
  }

  public List<ReportingRound> getRounds() {
    return choice.rounds(dashboard);
  }

  public List<HolderRole> getHolderRoles() {
    return List.of(HolderRole.STAFF, HolderRole.DIRECTOR, HolderRole.OFFICER);
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

  public boolean isAllRounds() {
    return allRounds;
  }

  public void setAllRounds(boolean allRounds) {
    this.allRounds = allRounds;
  }

  public String getProvince() {
    return province;
  }

  public void setProvince(String province) {
    this.province = province;
  }

  public HolderRole getHolder() {
    return holder;
  }

  public void setHolder(HolderRole holder) {
    this.holder = holder;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
