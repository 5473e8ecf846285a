package th.go.cdd.performance.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import th.go.cdd.performance.assignment.AssignedDrafts;
import th.go.cdd.performance.assignment.AssignedKpi;
import th.go.cdd.performance.assignment.AssignmentRules;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.program.KpiDefinition;
import th.go.cdd.performance.program.Province;
import th.go.cdd.performance.program.ReportingRound;
import th.go.cdd.performance.shared.BusinessException;

/** The reports' side of assigning KPIs 7–10: their drafts locked, checked and brought in line. */
@ApplicationScoped
public class AssignedDraftReports implements AssignedDrafts {
  @PersistenceContext private EntityManager em;

  @Override
  public void lockDrafts(ReportingRound round, Province province, Person staff) {
    List<Report> reports = reports(round, province, staff, LockModeType.PESSIMISTIC_WRITE);
    // a withdrawn report counts as handled too: its entries stay as they were when it left the flow
    if (reports.stream().anyMatch(r -> r.getStatus() != ReportStatus.DRAFT)) {
      throw new BusinessException("assigned.reportSubmitted");
    }
  }

  @Override
  public void realign(ReportingRound round, Province province, Person staff, AssignedKpi removed) {
    em.flush();
    KpiDefinition slot = AssignmentRules.slotOf(round.getProgram());
    List<AssignedKpi> all = em.createNamedQuery("AssignedKpi.findForRoundAndProvince", AssignedKpi.class)
        .setParameter("round", round).setParameter("province", province).getResultList().stream().filter(a -> a != removed).toList();
    for (Report r : reports(round, province, staff, LockModeType.NONE)) {
      if (r.getStatus() == ReportStatus.DRAFT) {
        r.reassign(slot, AssignedKpi.effectiveFor(r.getStaff(), all)).forEach(em::remove);
      }
    }
  }

  private List<Report> reports(ReportingRound round, Province province, Person staff, LockModeType lock) {
    String jpql = "select r from Report r where r.round = :round and r.staff.province = :province"
        + (staff == null ? "" : " and r.staff = :staff") + " order by r.id";
    var q = em.createQuery(jpql, Report.class).setParameter("round", round).setParameter("province", province);
    if (staff != null) {
      q.setParameter("staff", staff);
    }
    return q.setLockMode(lock).getResultList();
  }
}
