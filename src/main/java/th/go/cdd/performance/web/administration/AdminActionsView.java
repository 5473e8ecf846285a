package th.go.cdd.performance.web.administration;

import th.go.cdd.performance.access.AccessPolicy;
import th.go.cdd.performance.access.OverseenProvinces;
import th.go.cdd.performance.web.Texts;
import th.go.cdd.performance.web.UserSession;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import th.go.cdd.performance.administration.DueDateExtension;
import th.go.cdd.performance.administration.ParticipationEnding;
import th.go.cdd.performance.administration.TaskReassignment;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.program.Province;
import th.go.cdd.performance.program.ReportingRound;
import th.go.cdd.performance.shared.BusinessException;

/**
 * The administrators' actions page: reassign a task (or all of a person's), extend a round's due
 * date (also for a provincial officer, in their province), end a staff member's participation. Each
 * action needs a reason and a confirmation; the services check who may act.
 */
@Named
@ViewScoped
public class AdminActionsView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private TaskReassignment reassignment;
  @Inject private DueDateExtension extension;
  @Inject private OverseenProvinces overseen;
  @Inject private ParticipationEnding participation;
  @Inject private UserSession session;

  private boolean denied;
  private transient List<ReportingRound> rounds;
  private transient List<Province> provinces;
  private transient List<Person> eligible;
  private Long eligibleFor;

  private Long reportId;
  private String fromUsername;
  private String toUsername;
  private String reassignReason;

  private Long roundId;
  private String provinceCode;
  private String staffUsername;
  private LocalDate newDueDate;
  private String extendReason;

  private String leaverUsername;
  private LocalDate lastDay;
  private String endReason;

  public void load() {
    denied = !session.isProvinceOverseer();
    if (denied) {
      Texts.error(null, AccessPolicy.DENIED);
    }
  }

  public void reassign() {
    try {
      if (reportId != null) {
        reassignment.reassign(session.getUsername(), reportId, toUsername, reassignReason);
        Texts.info("admin.reassign.done", 1);
      } else {
        int n = reassignment.reassignAll(session.getUsername(), fromUsername, toUsername, reassignReason);
        Texts.info("admin.reassign.done", n);
      }
      reassignReason = null;
    } catch (BusinessException e) {
      Texts.error(null, e);
    }
  }

  public void extend() {
    try {
      if (roundId == null) {
        throw new BusinessException("admin.noSuchRound");
      }
      int n = staffUsername != null && !staffUsername.isBlank()
          ? extension.extendForPerson(session.getUsername(), roundId, staffUsername, newDueDate, extendReason)
          : extension.extendForProvince(session.getUsername(), roundId, provinceCode, newDueDate, extendReason);
      // 0 moved without a refusal: the round has not opened yet here, the date is kept for its reports
      Texts.info(n == 0 ? "admin.extend.kept" : "admin.extend.done", n, th.go.cdd.performance.shared.ThaiDates.format(newDueDate));
      extendReason = null;
    } catch (BusinessException e) {
      Texts.error(null, e);
    }
  }

  public void endParticipation() {
    try {
      participation.end(session.getUsername(), leaverUsername, lastDay, endReason);
      Texts.info("admin.participation.done", leaverUsername);
      endReason = null;
      leaverUsername = null;
    } catch (BusinessException e) {
      Texts.error(null, e);
    }
  }

  /** The people the chosen report's waiting task may be given to (same role as the step, same province). */
  public List<Person> getEligible() {
    if (!isAdmin() || reportId == null) {
      return List.of();
    }
    if (eligible == null || !reportId.equals(eligibleFor)) {
      eligible = reassignment.eligibleFor(session.getUsername(), reportId);
      eligibleFor = reportId;
    }
    return eligible;
  }

  public boolean isAdmin() {
    return session.isAdministrator();
  }

  public boolean isDenied() {
    return denied;
  }

  public List<ReportingRound> getRounds() {
    if (rounds == null) {
      rounds = denied ? List.of() : extension.rounds();
    }
    return rounds;
  }

  public List<Province> getProvinces() {
    if (provinces == null) {
      provinces = denied ? List.of() : overseen.of(session.getUsername());
    }
    return provinces;
  }

  public Long getReportId() {
    return reportId;
  }

  public void setReportId(Long reportId) {
    this.reportId = reportId;
  }

  public String getFromUsername() {
    return fromUsername;
  }

  public void setFromUsername(String fromUsername) {
    this.fromUsername = fromUsername;
  }

  public String getToUsername() {
    return toUsername;
  }

  public void setToUsername(String toUsername) {
    this.toUsername = toUsername;
  }

  public String getReassignReason() {
    return reassignReason;
  }

  public void setReassignReason(String reassignReason) {
    this.reassignReason = reassignReason;
  }

  public Long getRoundId() {
    return roundId;
  }

  public void setRoundId(Long roundId) {
    this.roundId = roundId;
  }

  public String getProvinceCode() {
    return provinceCode;
  }

  public void setProvinceCode(String provinceCode) {
    this.provinceCode = provinceCode;
  }

  public String getStaffUsername() {
    return staffUsername;
  }

  public void setStaffUsername(String staffUsername) {
    this.staffUsername = staffUsername;
  }

  public LocalDate getNewDueDate() {
    return newDueDate;
  }

  public void setNewDueDate(LocalDate newDueDate) {
    this.newDueDate = newDueDate;
  }

  public String getExtendReason() {
    return extendReason;
  }

  public void setExtendReason(String extendReason) {
    this.extendReason = extendReason;
  }

  public String getLeaverUsername() {
    return leaverUsername;
  }

  public void setLeaverUsername(String leaverUsername) {
    this.leaverUsername = leaverUsername;
  }

  public LocalDate getLastDay() {
    return lastDay;
  }

  public void setLastDay(LocalDate lastDay) {
    this.lastDay = lastDay;
  }

  public String getEndReason() {
    return endReason;
  }

  public void setEndReason(String endReason) {
    this.endReason = endReason;
  }
}
