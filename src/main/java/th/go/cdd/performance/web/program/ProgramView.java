package th.go.cdd.performance.web.program;

import th.go.cdd.performance.web.Texts;
import th.go.cdd.performance.web.UserSession;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import th.go.cdd.performance.program.Program;
import th.go.cdd.performance.program.ProgramProblem;
import th.go.cdd.performance.program.ProgramRules;
import th.go.cdd.performance.administration.ProgramSetup;
import th.go.cdd.performance.program.Province;
import th.go.cdd.performance.shared.BusinessException;

/**
 * One program's set-up (?id=): its name and weights here, its cohorts, rounds and KPIs in their own
 * editors ({@link CohortEditor}, {@link RoundEditor}, {@link KpiEditor}). Every change is one call to
 * {@link ProgramSetup} through {@link #apply}, which reloads the program afterwards.
 */
@Named
@ViewScoped
public class ProgramView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private ProgramSetup setup;
  @Inject private UserSession session;

  private Long id;
  private Program program;
  private List<Province> provinces;
  private Map<Long, BigDecimal> weights = new HashMap<>();
  private String nameTh;
  private String nameEn;
  /** The open tab, kept across the form's updates. */
  private int tab;

  public boolean isAllowed() {
    return session.isAdministrator() && getProgram() != null;
  }

  public Program getProgram() {
    if (program == null && id != null && session.isAdministrator()) {
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

  public void rename() {
    apply(u -> setup.rename(u, id, nameTh, nameEn), "program.saved");
  }

  public void saveWeights() {
    apply(u -> setup.saveWeights(u, id, weights), "program.saved");
  }

  public void equalWeights() {
    apply(u -> setup.equalWeights(u, id), "program.saved");
  }

  /**
   * Calls the service as the signed-in user: on success says so and reloads the program, else shows
   * why. The one way this page and its editors change a program.
   */
  boolean apply(Consumer<String> change, String doneKey) {
    try {
      change.accept(session.getUsername());
      Texts.info(doneKey);
      program = null;
      return true;
    } catch (BusinessException e) {
      ProgramMessages.show(e);
      return false;
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
}
