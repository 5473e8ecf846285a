package th.go.cdd.performance.web.inbox;

import th.go.cdd.performance.web.UserSession;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import th.go.cdd.performance.reminder.Notifications;

/** The unread count in the header, read once per request. */
@Named
@RequestScoped
public class NotificationBadge {
  @Inject private Notifications notifications;
  @Inject private UserSession session;
  private Long unread;

  public long getUnread() {
    if (unread == null) {
      String user = session.getUsername();
      unread = user == null ? 0L : notifications.unread(user);
    }
    return unread;
  }
}
