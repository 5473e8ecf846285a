package th.go.cdd.performance.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import th.go.cdd.performance.people.Role;
import th.go.cdd.performance.program.Cohort;
import th.go.cdd.performance.program.KpiChange;
import th.go.cdd.performance.program.KpiDefinition;
import th.go.cdd.performance.program.KpiKind;
import th.go.cdd.performance.program.Program;
import th.go.cdd.performance.program.ProgramProblem;
import th.go.cdd.performance.program.ProgramRules;
import th.go.cdd.performance.program.ProgramSetup;
import th.go.cdd.performance.program.Province;
import th.go.cdd.performance.program.ReportingRound;
import th.go.cdd.performance.shared.BusinessException;

/**
 * One program's set-up (?id=): its cohorts with their provinces, its rounds, its KPI framework and
 * weights. Holds the forms being edited; every change is one call to {@link ProgramSetup}.
 */
@Named
@ViewScoped
public class ProgramView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private transient ProgramSetup setup;
  @Inject private UserSession session;

  private Long id;
  private Program program;
  private List<Province> provinces;
  private Period cohortForm;
  private List<String> cohortProvinces = new ArrayList<>();
  private Period roundForm;
  private KpiForm kpiForm;
  private Map<Long, BigDecimal> weights = new HashMap<>();
  private String nameTh;
  private String nameEn;
  /** The open tab, kept across the form's updates. */
  private int tab;

  public boolean isAllowed() {
    return session.getRole() == Role.ADMIN && getProgram() != null;
  }

  public Program getProgram() {
    if (program == null && id != null && session.getRole() == Role.ADMIN) {
      try {
        program = setup.program(session.getUsername(), id);
        weights = new HashMap<>();
        program.getKpis().forEach(k -> weights.put(k.getId(), k.getWeight()));
        nameTh = program.getNameTh();
        nameEn = program.getNameEn();
      } catch (BusinessException e) {
        id = null;
      }
    }
    return program;
  }

  public List<Province> getProvinces() {
    if (provinces == null) {
      provinces = setup.provinces();
    }
    return provinces;
  }

  /** What would stop a start now (empty when it may start). */
  public List<String> getProblems() {
    return getProgram() == null || program.isStarted() ? List.of()
        : ProgramRules.readyToStart(program).stream().map(this::text).toList();
  }

  public List<Province> getWithoutCohort() {
    return getProgram() == null ? List.of() : ProgramRules.withoutCohort(program, getProvinces());
  }

  public BigDecimal getWeightTotal() {
    return ProgramRules.total(weights.values());
  }

  public boolean isWeightTotalRight() {
    return getWeightTotal().compareTo(ProgramRules.TOTAL_WEIGHT) == 0;
  }

  public KpiKind[] getKinds() {
    return KpiKind.values();
  }

  public void rename() {
    act(u -> setup.rename(u, id, nameTh, nameEn), "program.saved");
  }

  public void newCohort() {
    cohortForm = new Period(null, 0, null, null, null);
    cohortProvinces = new ArrayList<>();
  }

  public void editCohort(Cohort c) {
    cohortForm = new Period(c.getId(), c.getNumber(), c.getContractStart(), c.getContractEnd(), null);
    cohortProvinces = new ArrayList<>(c.getProvinces().stream().map(Province::getCode).toList());
  }

  public void saveCohort() {
    Period f = cohortForm;
    if (f.getId() == null) {
      act(u -> setup.addCohort(u, id, f.getStart(), f.getEnd(), cohortProvinces), "program.saved");
    } else {
      act(u -> setup.editCohort(u, f.getId(), f.getStart(), f.getEnd(), cohortProvinces), "program.saved");
    }
  }

  public void newRound() {
    roundForm = new Period(null, 0, null, null, null);
  }

  public void editRound(ReportingRound r) {
    roundForm = new Period(r.getId(), r.getNumber(), r.getPeriodStart(), r.getPeriodEnd(), r.getDueDate());
  }

  public void saveRound() {
    Period f = roundForm;
    act(u -> {
      if (f.getId() == null) {
        setup.addRound(u, id, f.getStart(), f.getEnd(), f.getDue());
      } else {
        setup.editRound(u, f.getId(), f.getStart(), f.getEnd(), f.getDue());
      }
    }, "program.saved");
  }

  public void removeRound(long roundId) {
    act(u -> setup.removeRound(u, roundId), "program.removed");
  }

  public void newKpi() {
    kpiForm = new KpiForm(null, 0, new KpiChange(KpiKind.COUNT, null, null, null, null, null, null, null,
        java.util.stream.IntStream.range(0, 5).mapToObj(i -> new KpiChange.Level(null, null, null, null)).toList()));
  }

  public void editKpi(KpiDefinition k) {
    kpiForm = new KpiForm(k.getId(), k.getNumber(), KpiChange.of(k));
  }

  public void saveKpi() {
    KpiForm f = kpiForm;
    act(u -> {
      if (f.getId() == null) {
        setup.addKpi(u, id, f.toChange());
      } else {
        setup.editKpi(u, f.getId(), f.toChange());
      }
    }, "program.saved");
  }

  public void removeKpi(long kpiId) {
    act(u -> setup.removeKpi(u, kpiId), "program.removed");
  }

  public void saveWeights() {
    act(u -> setup.saveWeights(u, id, weights), "program.saved");
  }

  public void equalWeights() {
    act(u -> setup.equalWeights(u, id), "program.saved");
  }

  /** Calls the service; on success reloads the program and closes the forms, else shows why. */
  private void act(Consumer<String> change, String doneKey) {
    try {
      change.accept(session.getUsername());
      Texts.info(doneKey);
      program = null;
      cohortForm = null;
      roundForm = null;
      kpiForm = null;
    } catch (BusinessException e) {
      ProgramMessages.show(e);
    }
  }

  private String text(ProgramProblem p) {
    return Texts.text(session.getLocale(), p.key(), p.args().toArray());
  }

  public int getTab() {
    return tab;
  }

  public void setTab(int tab) {
    this.tab = tab;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Period getCohortForm() {
    return cohortForm;
  }

  public List<String> getCohortProvinces() {
    return cohortProvinces;
  }

  public void setCohortProvinces(List<String> cohortProvinces) {
    this.cohortProvinces = cohortProvinces;
  }

  public Period getRoundForm() {
    return roundForm;
  }

  public KpiForm getKpiForm() {
    return kpiForm;
  }

  public Map<Long, BigDecimal> getWeights() {
    return weights;
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

  /** The period of a cohort (start, end) or a round (start, end, due) being edited. */
  public static class Period implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Long id;
    private final int number;
    private LocalDate start;
    private LocalDate end;
    private LocalDate due;

    Period(Long id, int number, LocalDate start, LocalDate end, LocalDate due) {
      this.id = id;
      this.number = number;
      this.start = start;
      this.end = end;
      this.due = due;
    }

    public Long getId() {
      return id;
    }

    public int getNumber() {
      return number;
    }

    public LocalDate getStart() {
      return start;
    }

    public void setStart(LocalDate start) {
      this.start = start;
    }

    public LocalDate getEnd() {
      return end;
    }

    public void setEnd(LocalDate end) {
      this.end = end;
    }

    public LocalDate getDue() {
      return due;
    }

    public void setDue(LocalDate due) {
      this.due = due;
    }
  }

  /** A framework KPI being edited, with its five levels as editable rows. */
  public static class KpiForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Long id;
    private final int number;
    private KpiKind kind;
    private String areaTh;
    private String titleTh;
    private String titleEn;
    private String unitTh;
    private String evidenceExpectedTh;
    private Integer nationalTarget;
    private Long maximum;
    private final List<LevelForm> levels = new ArrayList<>();

    KpiForm(Long id, int number, KpiChange k) {
      this.id = id;
      this.number = number;
      kind = k.kind();
      areaTh = k.areaTh();
      titleTh = k.titleTh();
      titleEn = k.titleEn();
      unitTh = k.unitTh();
      evidenceExpectedTh = k.evidenceExpectedTh();
      nationalTarget = k.nationalTarget();
      maximum = k.maximum();
      for (int i = 0; i < k.levels().size(); i++) {
        KpiChange.Level l = k.levels().get(i);
        levels.add(new LevelForm(i + 1, l.descriptionTh(), l.descriptionEn(), l.threshold(), l.evidenceTh()));
      }
    }

    KpiChange toChange() {
      return new KpiChange(kind, areaTh, titleTh, titleEn, unitTh, evidenceExpectedTh, nationalTarget, maximum,
          levels.stream().map(l -> new KpiChange.Level(l.descriptionTh, l.descriptionEn, l.threshold, l.evidenceTh)).toList());
    }

    public Long getId() {
      return id;
    }

    public int getNumber() {
      return number;
    }

    public KpiKind getKind() {
      return kind;
    }

    public void setKind(KpiKind kind) {
      this.kind = kind;
    }

    public String getAreaTh() {
      return areaTh;
    }

    public void setAreaTh(String areaTh) {
      this.areaTh = areaTh;
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

    public String getEvidenceExpectedTh() {
      return evidenceExpectedTh;
    }

    public void setEvidenceExpectedTh(String evidenceExpectedTh) {
      this.evidenceExpectedTh = evidenceExpectedTh;
    }

    public Integer getNationalTarget() {
      return nationalTarget;
    }

    public void setNationalTarget(Integer nationalTarget) {
      this.nationalTarget = nationalTarget;
    }

    public Long getMaximum() {
      return maximum;
    }

    public void setMaximum(Long maximum) {
      this.maximum = maximum;
    }

    public List<LevelForm> getLevels() {
      return levels;
    }
  }

  /** One of the five levels being edited. */
  public static class LevelForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private final int level;
    private String descriptionTh;
    private String descriptionEn;
    private BigDecimal threshold;
    private String evidenceTh;

    LevelForm(int level, String descriptionTh, String descriptionEn, BigDecimal threshold, String evidenceTh) {
      this.level = level;
      this.descriptionTh = descriptionTh;
      this.descriptionEn = descriptionEn;
      this.threshold = threshold;
      this.evidenceTh = evidenceTh;
    }

    public int getLevel() {
      return level;
    }

    public String getDescriptionTh() {
      return descriptionTh;
    }

    public void setDescriptionTh(String descriptionTh) {
      this.descriptionTh = descriptionTh;
    }

    public String getDescriptionEn() {
      return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
      this.descriptionEn = descriptionEn;
    }

    public BigDecimal getThreshold() {
      return threshold;
    }

    public void setThreshold(BigDecimal threshold) {
      this.threshold = threshold;
    }

    public String getEvidenceTh() {
      return evidenceTh;
    }

    public void setEvidenceTh(String evidenceTh) {
      this.evidenceTh = evidenceTh;
    }
  }
}
