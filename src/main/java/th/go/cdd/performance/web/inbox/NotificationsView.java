package th.go.cdd.performance.web.inbox;

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
import th.go.cdd.performance.reminder.Notifications;
import th.go.cdd.performance.reminder.ReminderMessage;
import th.go.cdd.performance.shared.BusinessException;

/** The signed-in user's reminders, newest first. */
@Named
@ViewScoped
public class NotificationsView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private Notifications notifications;
  @Inject private UserSession session;

  private final LazyDataModel<ReminderMessage> rows = new LazyDataModel<>() {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) notifications.count(session.getUsername());
    }

    @Override
    public List<ReminderMessage> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return notifications.page(session.getUsername(), first, pageSize);
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

  public LazyDataModel<ReminderMessage> getRows() {
    return rows;
  }

  public void markRead(long id) {
    try {
      notifications.markRead(session.getUsername(), id);
    } catch (BusinessException e) {
      Texts.error(null, e);
    }
  }

  public void markAllRead() {
    notifications.markAllRead(session.getUsername());
  }
}
