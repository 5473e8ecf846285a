package th.go.cdd.performance.web.administration;

import th.go.cdd.performance.web.Texts;
import th.go.cdd.performance.web.UserSession;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import th.go.cdd.performance.reminder.DeliveryStatus;
import th.go.cdd.performance.reminder.Outbox;
import th.go.cdd.performance.reminder.ReminderMessage;
import th.go.cdd.performance.shared.BusinessException;

/** The administrator's outbox: every reminder e-mail, its delivery status and a "retry now". */
@Named
@ViewScoped
public class OutboxView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private Outbox outbox;
  @Inject private UserSession session;

  private DeliveryStatus status;
  private String recipient;

  private final LazyDataModel<ReminderMessage> rows = new LazyDataModel<>() {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) outbox.count(session.getUsername(), new Outbox.Filter(status, recipient));
    }

    @Override
    public List<ReminderMessage> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return outbox.page(session.getUsername(), new Outbox.Filter(status, recipient), first, pageSize);
    }

    @Override
    public String getRowKey(ReminderMessage row) {
      return String.valueOf(row.getId());
    }

    @Override
    public ReminderMessage getRowData(String rowKey) {
      return null;
    }
  };

  public boolean isAllowed() {
    return session.isAdministrator();
  }

  public void retryNow(long id) {
    try {
      outbox.retryNow(session.getUsername(), id);
      Texts.info("outbox.retried");
    } catch (BusinessException e) {
      Texts.error(null, e);
    }
  }

  public LazyDataModel<ReminderMessage> getRows() {
    return rows;
  }

  public DeliveryStatus[] getStatuses() {
    return DeliveryStatus.values();
  }

  public String getRecipient() {
    return recipient;
  }

  public void setRecipient(String recipient) {
    this.recipient = recipient;
  }

  public DeliveryStatus getStatus() {
    return status;
  }

  public void setStatus(DeliveryStatus status) {
    this.status = status;
  }
}
