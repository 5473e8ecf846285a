package th.go.cdd.performance.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Date;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.program.ContractRounds;
import th.go.cdd.performance.program.ReportingRound;
import th.go.cdd.performance.report.DueDateOverride;
import th.go.cdd.performance.report.Report;
import th.go.cdd.performance.shared.ThaiDates;

/** The round timers' dates, read from the program's data and clipped to the staff member's contract, or from the report once opened. */
@Named("roundCalendar")
@ApplicationScoped
public class RoundCalendar {
  @PersistenceContext private EntityManager em;

  /** Midnight (Bangkok) of the day the round opens for this staff member. */
  public Date opensAt(Long roundId, Long staffId) {
    Person staff = em.find(Person.class, staffId);
    return startOfDay(ContractRounds.opensOn(round(roundId), staff.getContractStart()));
  }

  /** Midnight (Bangkok) after the due date: a report not signed by then is overdue. */
  public Date overdueFrom(Long roundId, Long staffId) {
    return startOfDay(dueOn(roundId, staffId).plusDays(1));
  }

  /**
   * The report's own due date once it exists (an administrator may have extended it), so timers
   * created later, after a return or an extension, follow it; before that the program's date,
   * clipped to the contract, or a later date an administrator set for reports still to open.
   */
  public LocalDate dueOn(Long roundId, Long staffId) {
    Person staff = em.find(Person.class, staffId);
    ReportingRound round = round(roundId);
    return em.createNamedQuery("Report.findByStaffAndRound", Report.class)
        .setParameter("staff", staff).setParameter("round", round)
        .getResultStream().findFirst().map(Report::getDueDate)
        .orElseGet(() -> extended(round, staff, ContractRounds.dueOn(round, staff.getContractEnd())));
  }

  /** The latest of the program's date and any extension made for the staff member or their province before the report opened. */
  private LocalDate extended(ReportingRound round, Person staff, LocalDate programDue) {
    String province = staff.getProvince() == null ? "" : staff.getProvince().getCode();
    return em.createNamedQuery("DueDateOverride.findApplicable", DueDateOverride.class)
        .setParameter("round", round).setParameter("staff", staff).setParameter("province", province)
        .getResultStream().map(DueDateOverride::getDueDate).filter(programDue::isBefore).max(LocalDate::compareTo).orElse(programDue);
  }

  private ReportingRound round(Long roundId) {
    return em.find(ReportingRound.class, roundId);
  }

  static Date startOfDay(LocalDate day) {
    return Date.from(day.atStartOfDay(ThaiDates.BANGKOK).toInstant());
  }
}
