package th.go.cdd.performance.assignment;

import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.program.Province;
import th.go.cdd.performance.program.ReportingRound;

/**
 * The drafts that carry a round's assigned KPIs, as {@link AssignedKpis} needs them: the report
 * capability implements it ({@code report/AssignedDraftReports}), so that assigning depends on no
 * report class and a report may refer to the KPIs assigned to it. Both calls run in the caller's
 * transaction.
 */
public interface AssignedDrafts {
  /**
   * Locks the round's reports of the province's staff (or of one staff member when {@code staff} is
   * given), so that no submission slips past the change; refuses ("assigned.reportSubmitted") when
   * any has left the draft (submitted, signed, returned or withdrawn).
   */
  void lockDrafts(ReportingRound round, Province province, Person staff);

  /** Brings those drafts in line with the definitions that now apply, leaving out {@code removed} (or none). */
  void realign(ReportingRound round, Province province, Person staff, AssignedKpi removed);
}
