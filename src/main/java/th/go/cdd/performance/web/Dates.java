package th.go.cdd.performance.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import th.go.cdd.performance.shared.ThaiDates;

/** Buddhist Era dates for pages, and days left until a due date, from the application's clock. */
@Named
@ApplicationScoped
public class Dates {
  @Inject private Clock clock;

  public String format(LocalDate date) {
    return ThaiDates.format(date);
  }

  public String formatInstant(Instant instant) {
    return ThaiDates.format(instant);
  }

  /** "3 days left", "due today" or "5 days overdue", in the page's language. */
  public String dueNote(LocalDate due) {
    long days = daysLeft(due);
    java.util.Locale locale = jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale();
    if (days < 0) {
      return Texts.text(locale, "inbox.daysOverdue", -days);
    }
    return days == 0 ? Texts.text(locale, "inbox.dueToday") : Texts.text(locale, "inbox.daysLeft", days);
  }

  /** Days from today to the due date: negative when overdue. */
  public long daysLeft(LocalDate due) {
    return ChronoUnit.DAYS.between(LocalDate.now(clock), due);
  }
}
