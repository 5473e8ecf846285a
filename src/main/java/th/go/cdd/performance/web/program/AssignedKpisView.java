package th.go.cdd.performance.web.program;

import th.go.cdd.performance.web.Texts;
import th.go.cdd.performance.web.UserSession;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import th.go.cdd.performance.assignment.AssignedKpi;
import th.go.cdd.performance.assignment.AssignedKpiText;
import th.go.cdd.performance.assignment.AssignedKpis;
import th.go.cdd.performance.assignment.AssignmentRules;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.people.Role;
import th.go.cdd.performance.program.KpiLevel;
import th.go.cdd.performance.program.Program;
import th.go.cdd.performance.program.ReportingRound;
import th.go.cdd.performance.shared.BusinessException;

/**
 * The assigned KPIs page: a provincial officer defines KPIs 7–10 for their province, a group
 * director for one staff member of their group, for a round that has not started. The service
 * checks every act; this bean only holds the form.
 */
@Named
@ViewScoped
public class AssignedKpisView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private AssignedKpis assignedKpis;
  @Inject private UserSession session;

  private boolean denied;
  private Long roundId;
  private transient List<ReportingRound> rounds;
  private transient List<AssignedKpi> list;
  private transient List<Person> staff;
  private transient ReportingRound round;

  private String staffUsername;
  private int number = 7;
  private String titleTh;
  private String titleEn;
  private String unitTh;
  private String evidenceExpected;
  private String[] levels = new String[5];
  private BigDecimal[] thresholds = new BigDecimal[5];
  private boolean editingExisting;

  public void load() {
    try {
      List<ReportingRound> all = getRounds(); // refuses anyone but officers and directors, whatever the URL asked for
      if (roundId != null && all.stream().noneMatch(r -> r.getId().equals(roundId))) {
        roundId = null;
      }
      if (roundId == null) {
        roundId = all.stream().filter(assignedKpis::isOpenForDefinition).findFirst()
            .or(() -> all.stream().reduce((a, b) -> b)).map(ReportingRound::getId).orElse(null);
      }
    } catch (BusinessException e) {
      denied = true;
      Texts.error(null, e);
    }
  }

  public void roundChanged() {
    list = null;
    round = null;
    clear();
  }

  public void save() {
    try {
      assignedKpis.define(session.getUsername(), roundId == null ? -1 : roundId, isDirector() ? staffUsername : null,
          number, new AssignedKpiText(titleTh, titleEn, unitTh, evidenceExpected, Arrays.asList(levels), Arrays.asList(thresholds)));
      Texts.info("assigned.saved", number);
      list = null;
      clear();
    } catch (BusinessException e) {
      Texts.error(null, e);
    }
  }

  /** Fills the form with a definition to change it. */
  public void edit(AssignedKpi a) {
    staffUsername = a.getStaff() == null ? null : a.getStaff().getUsername();
    number = a.getNumber();
    titleTh = a.getTitleTh();
    titleEn = a.getTitleEn();
    unitTh = a.getUnitTh();
    evidenceExpected = a.getEvidenceExpectedTh();
    for (int i = 0; i < 5; i++) {
      KpiLevel l = a.getLevels().get(i);
      levels[i] = l.getDescriptionTh();
      thresholds[i] = l.getThreshold();
    }
    editingExisting = true;
  }

  public void remove(long id) {
    try {
      assignedKpis.remove(session.getUsername(), id);
      Texts.info("assigned.removed");
      list = null;
    } catch (BusinessException e) {
      Texts.error(null, e);
    }
  }

  public void clear() {
    staffUsername = null;
    number = 7;
    titleTh = null;
    titleEn = null;
    unitTh = null;
    evidenceExpected = null;
    levels = new String[5];
    thresholds = new BigDecimal[5];
    editingExisting = false;
  }

  public List<ReportingRound> getRounds() {
    if (denied) {
      return List.of();
    }
    if (rounds == null) {
      rounds = new ArrayList<>();
      List<Program> programs = new ArrayList<>(assignedKpis.programs(session.getUsername()));
      java.util.Collections.reverse(programs); // the newest program first: its next round is the usual choice
      for (Program p : programs) {
        rounds.addAll(p.getRounds());
      }
    }
    return rounds;
  }

  public ReportingRound getRound() {
    if (round == null && roundId != null) {
      round = getRounds().stream().filter(r -> r.getId().equals(roundId)).findFirst().orElse(null);
    }
    return round;
  }

  /** The round still takes definitions (the service checks again on every act). */
  public boolean isOpen() {
    return getRound() != null && assignedKpis.isOpenForDefinition(getRound());
  }

  public List<AssignedKpi> getList() {
    if (list == null && !denied && roundId != null) {
      try {
        list = assignedKpis.visible(session.getUsername(), roundId);
      } catch (BusinessException e) {
        Texts.error(null, e);
        list = List.of();
      }
    }
    return list == null ? List.of() : list;
  }

  /** Whether this user may change a row: officers the province's, directors their staff's. */
  public boolean mayChange(AssignedKpi a) {
    return isOpen() && (a.isForProvince() ? session.getRole() == Role.OFFICER : session.getRole() == Role.DIRECTOR);
  }

  public List<Person> getStaff() {
    if (staff == null && !denied) {
      staff = assignedKpis.assignableStaff(session.getUsername());
    }
    return staff == null ? List.of() : staff;
  }

  public List<Integer> getNumbers() {
    int first = getRound() == null ? 7 : AssignmentRules.slotOf(getRound().getProgram()).getNumber();
    List<Integer> n = new ArrayList<>();
    for (int i = 0; i < AssignmentRules.MAX_ASSIGNED; i++) {
      n.add(first + i);
    }
    return n;
  }

  public boolean isDirector() {
    return session.getRole() == Role.DIRECTOR;
  }

  public boolean isDenied() {
    return denied;
  }

  public Long getRoundId() {
    return roundId;
  }

  public void setRoundId(Long roundId) {
    this.roundId = roundId;
  }

  public String getStaffUsername() {
    return staffUsername;
  }

  public void setStaffUsername(String staffUsername) {
    this.staffUsername = staffUsername;
  }

  public int getNumber() {
    return number;
  }

  public void setNumber(int number) {
    this.number = number;
  }

  public String getTitleTh() {
    return titleTh;
  }

  public void setTitleTh(String titleTh) {
    this.titleTh = titleTh;
  }

  public String getTitleEn() {
    return titleEn;
  }

  public void setTitleEn(String titleEn) {
    this.titleEn = titleEn;
  }

  public String getUnitTh() {
    return unitTh;
  }

  public void setUnitTh(String unitTh) {
    this.unitTh = unitTh;
  }

  public String getEvidenceExpected() {
    return evidenceExpected;
  }

  public void setEvidenceExpected(String evidenceExpected) {
    this.evidenceExpected = evidenceExpected;
  }

  public String[] getLevels() {
    return levels;
  }

  public BigDecimal[] getThresholds() {
    return thresholds;
  }

  public boolean isEditingExisting() {
    return editingExisting;
  }
}
