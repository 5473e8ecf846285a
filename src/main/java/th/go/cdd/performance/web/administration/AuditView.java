package th.go.cdd.performance.web.administration;

import th.go.cdd.performance.access.AccessPolicy;
import th.go.cdd.performance.web.Texts;
import th.go.cdd.performance.web.Downloads;
import th.go.cdd.performance.web.UserSession;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.primefaces.model.StreamedContent;
import th.go.cdd.performance.audit.AuditAction;
import th.go.cdd.performance.audit.AuditEntry;
import th.go.cdd.performance.audit.AuditFilter;
import th.go.cdd.performance.audit.AuditLog;
import th.go.cdd.performance.export.TableFormat;
import th.go.cdd.performance.monitoring.MonitoringTables;
import th.go.cdd.performance.shared.BusinessException;

/** The audit log page: a lazy table filtered in the database; the service limits an officer to their province. */
@Named
@ViewScoped
public class AuditView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private AuditLog audit;
  @Inject private UserSession session;

  private boolean denied;
  private AuditAction action;
  private String actor;
  private String provinceCode;
  private LocalDate from;
  private LocalDate to;
  private String text;

  private final LazyDataModel<AuditEntry> entries = new LazyDataModel<>() {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return denied ? 0 : (int) guarded(() -> audit.count(session.getUsername(), filter()), 0L).longValue();
    }

    @Override
    public List<AuditEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      if (denied) {
        return List.of();
      }
      SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
      String field = sort == null ? "at" : sort.getField();
      boolean asc = sort != null && sort.getOrder() == SortOrder.ASCENDING;
      return guarded(() -> audit.search(session.getUsername(), filter(), first, pageSize, field, asc), List.of());
    }

    @Override
    public String getRowKey(AuditEntry row) {
      return String.valueOf(row.getId());
    }

    @Override
    public AuditEntry getRowData(String rowKey) {
      return null;
    }
  };

  /** f:viewAction: only administrators and provincial officers open the log. */
  public void load() {
    try {
      denied = !audit.mayView(session.getUsername());
    } catch (BusinessException e) {
      denied = true;
    }
    if (denied) {
      Texts.error(null, AccessPolicy.DENIED);
    }
  }

  private <T> T guarded(java.util.function.Supplier<T> work, T fallback) {
    try {
      return work.get();
    } catch (BusinessException e) {
      Texts.error(null, e);
      return fallback;
    }
  }

  /** The entries the filters select (up to 20,000, newest first) as Excel or CSV; the log applies the same access rules. */
  public StreamedContent export(String format) {
    List<AuditEntry> all = new ArrayList<>();
    for (int offset = 0; offset < 20_000; offset += AuditLog.MAX_PAGE) {
      int first = offset;
      List<AuditEntry> page = guarded(() -> audit.search(session.getUsername(), filter(), first, AuditLog.MAX_PAGE, "at", false), List.of());
      all.addAll(page);
      if (page.size() < AuditLog.MAX_PAGE) {
        break;
      }
    }
    return Downloads.of(MonitoringTables.audit(Downloads.label("audit.title"), all, Downloads.labels()), TableFormat.valueOf(format), "audit-log");
  }

  private AuditFilter filter() {
    return new AuditFilter(action, actor, provinceCode == null || provinceCode.isBlank() ? null : provinceCode.strip(), from, to, text);
  }

  public AuditAction[] getActions() {
    return AuditAction.values();
  }

  public LazyDataModel<AuditEntry> getEntries() {
    return entries;
  }

  public boolean isDenied() {
    return denied;
  }

  public AuditAction getAction() {
    return action;
  }

  public void setAction(AuditAction action) {
    this.action = action;
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  public String getProvinceCode() {
    return provinceCode;
  }

  public void setProvinceCode(String provinceCode) {
    this.provinceCode = provinceCode;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
