package th.go.cdd.performance.web.inbox;

import th.go.cdd.performance.web.Texts;
import th.go.cdd.performance.web.UserSession;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import th.go.cdd.performance.approval.Inbox;
import th.go.cdd.performance.approval.InboxFilter;
import th.go.cdd.performance.approval.InboxPage;
import th.go.cdd.performance.approval.InboxRow;
import th.go.cdd.performance.circular.ProgramTask;
import th.go.cdd.performance.circular.ProgramTasks;
import th.go.cdd.performance.report.ReportStatus;
import th.go.cdd.performance.shared.BusinessException;

/**
 * The inbox page: a table paged, sorted and filtered by the database (plain HTML: it is the page
 * every sign-in lands on), and the program tasks.
 */
@Named
@ViewScoped
public class InboxView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private Inbox inbox;
  @Inject private ProgramTasks programTaskService;
  @Inject private UserSession session;

  private String name;
  private Integer roundNumber;
  private ReportStatus status;
  private boolean overdueOnly;
  private boolean openOnly;
  private List<ProgramTask> programTasks;
  /** The round numbers of the round filter, from the program data; read once per view. */
  private List<Integer> rounds;

  private static final List<Integer> PAGE_SIZES = List.of(10, 20, 50);
  private int first;
  private int pageSize = 20;
  private String sortField = "dueDate";
  private boolean ascending = true;
  /** The page of rows and the count for the current filter, sort and page; read once per change. */
  private transient List<InboxRow> rows;
  private transient Long total;

  /** The rows of the current page, paged, sorted and filtered by the database. */
  public List<InboxRow> getRows() {
    read();
    return rows;
  }

  public long getTotal() {
    read();
    return total;
  }

  private void read() {
    if (rows == null || total == null) {
      InboxPage page = inbox.read(session.getUsername(), filter(), first, pageSize, sortField, ascending);
      rows = page.rows();
      total = page.total();
    }
  }

  /** A click on a column title: sorts by it, or turns the order round when it is sorted by it already. */
  public void sortBy(String field) {
    ascending = !field.equals(sortField) || !ascending;
    sortField = field;
    first = 0;
    changed();
  }

  /** ▲ or ▼ beside the column the table is sorted by. */
  public String sortMark(String field) {
    return field.equals(sortField) ? (ascending ? "▲" : "▼") : "";
  }

  public void previousPage() {
    first = Math.max(0, first - pageSize);
    changed();
  }

  public void nextPage() {
    if (first + pageSize < getTotal()) {
      first += pageSize;
    }
    changed();
  }

  public int getPageNumber() {
    return first / pageSize + 1;
  }

  public int getPageCount() {
    return (int) Math.max(1, (getTotal() + pageSize - 1) / pageSize);
  }

  public boolean isFirstPage() {
    return first == 0;
  }

  public boolean isLastPage() {
    return first + pageSize >= getTotal();
  }

  public List<Integer> getPageSizes() {
    return PAGE_SIZES;
  }

  public int getPageSize() {
    return pageSize;
  }

  public void setPageSize(int pageSize) {
    if (PAGE_SIZES.contains(pageSize) && pageSize != this.pageSize) {
      this.pageSize = pageSize;
      first = 0;
      changed();
    }
  }

  /** A filter, the sort or the page changed: back to reading from the database. */
  private void changed() {
    rows = null;
    total = null;
  }

  /** A new filter starts at the first page. */
  private void filtered() {
    first = 0;
    changed();
  }

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
    changed();
  }

  /** The rounds the round filter offers: those the programs define, not a fixed list. */
  public List<Integer> getRounds() {
    if (rounds == null) {
      rounds = inbox.roundNumbers(session.getUsername());
    }
    return rounds;
  }

  public ReportStatus[] getStatuses() {
    return ReportStatus.values();
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    if (!Objects.equals(this.name, name)) {
      this.name = name;
      filtered();
    }
  }

  public Integer getRoundNumber() {
    return roundNumber;
  }

  public void setRoundNumber(Integer roundNumber) {
    if (!Objects.equals(this.roundNumber, roundNumber)) {
      this.roundNumber = roundNumber;
      filtered();
    }
  }

  public ReportStatus getStatus() {
    return status;
  }

  public void setStatus(ReportStatus status) {
    if (!Objects.equals(this.status, status)) {
      this.status = status;
      filtered();
    }
  }

  public boolean isOverdueOnly() {
    return overdueOnly;
  }

  public void setOverdueOnly(boolean overdueOnly) {
    if (!Objects.equals(this.overdueOnly, overdueOnly)) {
      this.overdueOnly = overdueOnly;
      filtered();
    }
  }

  public boolean isOpenOnly() {
    return openOnly;
  }

  public void setOpenOnly(boolean openOnly) {
    if (!Objects.equals(this.openOnly, openOnly)) {
      this.openOnly = openOnly;
      filtered();
    }
  }
}
