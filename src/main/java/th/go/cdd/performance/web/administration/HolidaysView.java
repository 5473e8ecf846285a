package th.go.cdd.performance.web.administration;

import th.go.cdd.performance.web.Texts;
import th.go.cdd.performance.web.UserSession;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import th.go.cdd.performance.reminder.Holidays;
import th.go.cdd.performance.reminder.PublicHoliday;
import th.go.cdd.performance.shared.BusinessException;
import th.go.cdd.performance.shared.ThaiDates;

/** The administrator's list of public holidays: add one (a Buddhist Era date), remove one. */
@Named
@ViewScoped
public class HolidaysView implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int PAGE = 25;

  @Inject private Holidays holidays;
  @Inject private UserSession session;
  @Inject private java.time.Clock clock;

  private String date;
  private String nameTh;
  private String nameEn;
  private List<PublicHoliday> list;

  public boolean isAllowed() {
    return session.isAdministrator();
  }

  public List<PublicHoliday> getList() {
    if (list == null) {
      list = isAllowed() ? holidays.all() : List.of();
    }
    return list;
  }

  /** The table opens at the page of this year's first holiday (older years are behind it). */
  public int getFirstRow() {
    int thisYear = LocalDate.now(clock).getYear();
    List<PublicHoliday> all = getList();
    int index = 0;
    while (index < all.size() && all.get(index).getDay().getYear() < thisYear) {
      index++;
    }
    return index >= all.size() ? 0 : index - index % PAGE;
  }

  public int getPage() {
    return PAGE;
  }

  public void add() {
    LocalDate day;
    try {
      day = ThaiDates.parse(date);
    } catch (DateTimeParseException e) {
      Texts.error("holidays:date", "date.invalid");
      return;
    }
    try {
      holidays.add(session.getUsername(), day, nameTh, nameEn);
      Texts.info("holiday.added");
      date = null;
      nameTh = null;
      nameEn = null;
      list = null;
    } catch (BusinessException e) {
      Texts.error(null, e);
    }
  }

  public void remove(long id) {
    try {
      holidays.remove(session.getUsername(), id);
      Texts.info("holiday.removed");
      list = null;
    } catch (BusinessException e) {
      Texts.error(null, e);
    }
  }

  public String getDate() {
    return date;
  }

  public void setDate(String date) {
    this.date = date;
  }

  public String getNameTh() {
    return nameTh;
  }

  public void setNameTh(String nameTh) {
    this.nameTh = nameTh;
  }

  public String getNameEn() {
    return nameEn;
  }

  public void setNameEn(String nameEn) {
    this.nameEn = nameEn;
  }
}
