package th.go.cdd.performance.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import th.go.cdd.performance.approval.Inbox;
import th.go.cdd.performance.approval.InboxFilter;
import th.go.cdd.performance.approval.InboxRow;
import th.go.cdd.performance.circular.ProgramTask;
import th.go.cdd.performance.circular.ProgramTasks;
import th.go.cdd.performance.report.ReportStatus;
import th.go.cdd.performance.shared.BusinessException;

/** The inbox page: a lazy table paged, sorted and filtered by the database, and the program tasks. */
@Named
@ViewScoped
public class InboxView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private transient Inbox inbox;
  @Inject private transient ProgramTasks programTaskService;
  @Inject private UserSession session;

  private String name;
  private Integer roundNumber;
  private ReportStatus status;
  private boolean overdueOnly;
  private boolean openOnly;
  private List<ProgramTask> programTasks;

  private final LazyDataModel<InboxRow> reports = new LazyDataModel<>() {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) inbox.count(session.getUsername(), filter());
    }

    @Override
    public List<InboxRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
      String field = sort == null ? "dueDate" : sort.getField();
      boolean asc = sort == null || sort.getOrder() != SortOrder.DESCENDING;
      return inbox.page(session.getUsername(), filter(), first, pageSize, field, asc);
    }

    @Override
    public String getRowKey(InboxRow row) {
      return String.valueOf(row.getReportId());
    }

    @Override
    public InboxRow getRowData(String rowKey) {
      return null;
    }
  };

  private InboxFilter filter() {
    return new InboxFilter(name, roundNumber, status, overdueOnly, openOnly);
  }

  /** The circular to acknowledge and the orientation to check in to, with what each is about. */
  public List<ProgramTask> getProgramTasks() {
    if (programTasks == null) {
      programTasks = session.isStaff() ? programTaskService.of(session.getUsername()) : List.of();
    }
    return programTasks;
  }

  public void completeProgramTask(String taskId) {
    try {
      programTaskService.complete(session.getUsername(), taskId);
      Texts.info("inbox.task.done");
    } catch (BusinessException e) {
      Texts.error(null, e);
    }
    programTasks = null;
  }

  public ReportStatus[] getStatuses() {
    return ReportStatus.values();
  }

  public LazyDataModel<InboxRow> getReports() {
    return reports;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Integer getRoundNumber() {
    return roundNumber;
  }

  public void setRoundNumber(Integer roundNumber) {
    this.roundNumber = roundNumber;
  }

  public ReportStatus getStatus() {
    return status;
  }

  public void setStatus(ReportStatus status) {
    this.status = status;
  }

  public boolean isOverdueOnly() {
    return overdueOnly;
  }

  public void setOverdueOnly(boolean overdueOnly) {
    this.overdueOnly = overdueOnly;
  }

  public boolean isOpenOnly() {
    return openOnly;
  }

  public void setOpenOnly(boolean openOnly) {
    this.openOnly = openOnly;
  }
}
