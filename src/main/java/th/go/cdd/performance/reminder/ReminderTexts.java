package th.go.cdd.performance.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import th.go.cdd.performance.report.Report;
import th.go.cdd.performance.shared.ThaiDates;

/** The e-mail of a reminder, Thai first and English below, from the UI bundles. */
@ApplicationScoped
public class ReminderTexts {
  private static final Locale THAI = Locale.forLanguageTag("th");

  @Inject private ReminderSettings settings;

  public record Mail(String subject, String body) {}

  public Mail mail(ReminderMessage m) {
    Report r = m.getReport();
    Object[] args = {
      r.getStaff().getDisplayName(),
      r.getRound().getNumber(),
      ThaiDates.format(r.getDueDate()),
      m.getHolder() == null ? "" : m.getHolder(),
      settings.publicUrl() + "/app/report.xhtml?id=" + r.getId()
    };
    String kind = m.getKind().name() + (m.isToHolder() ? "" : ".superior");
    String subject = text(THAI, "reminder.mail.subject." + kind, args) + " / " + text(Locale.ENGLISH, "reminder.mail.subject." + kind, args);
    String body = text(THAI, "reminder.mail.body." + kind, args) + "\n\n----\n\n" + text(Locale.ENGLISH, "reminder.mail.body." + kind, args);
    return new Mail(subject, body);
  }

  static String text(Locale locale, String key, Object... args) {
    String pattern = ResourceBundle.getBundle("i18n.messages", locale).getString(key);
    return new MessageFormat(pattern, locale).format(args);
  }
}
