package th.go.cdd.performance.reminder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import th.go.cdd.performance.shared.BaseEntity;

/** A public holiday (วันหยุดราชการ): data, seeded from a file and kept by administrators. */
@Entity
@Table(name = "public_holiday")
@NamedQuery(name = "PublicHoliday.findAll", query = "select h from PublicHoliday h order by h.day")
@NamedQuery(name = "PublicHoliday.findBetween", query = "select h.day from PublicHoliday h where h.day between :from and :to")
@NamedQuery(name = "PublicHoliday.findByDay", query = "select h from PublicHoliday h where h.day = :day")
@NamedQuery(name = "PublicHoliday.count", query = "select count(h) from PublicHoliday h")
@NamedQuery(name = "PublicHoliday.stamp", query = "select count(h), max(h.id), sum(h.id) from PublicHoliday h")
public class PublicHoliday extends BaseEntity {
  @Column(name = "HOLIDAY_DATE", unique = true, nullable = false)
  private LocalDate day;

  @Column(nullable = false, length = 200)
  private String nameTh;

  @Column(length = 200)
  private String nameEn;

  protected PublicHoliday() {}

  public PublicHoliday(LocalDate day, String nameTh, String nameEn) {
    this.day = Objects.requireNonNull(day);
    this.nameTh = requireText(nameTh);
    this.nameEn = nameEn == null || nameEn.isBlank() ? null : nameEn.strip();
  }

  private static String requireText(String s) {
    if (s == null || s.isBlank()) {
      throw new IllegalArgumentException("a holiday needs a Thai name");
    }
    return s.strip();
  }

  public LocalDate getDay() {
    return day;
  }

  public String getNameTh() {
    return nameTh;
  }

  public String getNameEn() {
    return nameEn;
  }
}
