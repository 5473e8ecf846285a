package th.go.cdd.performance.web.program;

import th.go.cdd.performance.web.Texts;
import th.go.cdd.performance.web.UserSession;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import th.go.cdd.performance.program.Program;
import th.go.cdd.performance.program.ProgramRefused;
import th.go.cdd.performance.administration.ProgramSetup;
import th.go.cdd.performance.shared.BusinessException;
import th.go.cdd.performance.workflow.ProgramStart;

/** The administrator's list of programs: create a draft, copy one for next year, start a draft. */
@Named
@ViewScoped
public class ProgramsView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private ProgramSetup setup;
  @Inject private ProgramStart starter;
  @Inject private UserSession session;

  private List<Program> list;
  private Long sourceId;
  private String code;
  private String nameTh;
  private String nameEn;
  private int years = 1;
  private boolean formOpen;

  public boolean isAllowed() {
    return session.isAdministrator();
  }

  public List<Program> getList() {
    if (list == null) {
      list = isAllowed() ? setup.programs(session.getUsername()) : List.of();
    }
    return list;
  }

  /** Opens the copy dialog with the source chosen and the next year's figures suggested. */
  public void prepareCopy(long id) {
    sourceId = id;
    code = null;
    nameTh = null;
    nameEn = null;
    years = 1;
    formOpen = true;
  }

  public boolean isFormOpen() {
    return formOpen;
  }

  /** The program being copied (for the form's heading), or null when creating an empty one. */
  public Program getSource() {
    return sourceId == null ? null : getList().stream().filter(p -> p.getId().equals(sourceId)).findFirst().orElse(null);
  }

  public void prepareCreate() {
    prepareCopy(0);
    sourceId = null;
  }

  public String save() {
    try {
      Program p = sourceId == null ? setup.create(session.getUsername(), code, nameTh, nameEn)
          : setup.copy(session.getUsername(), sourceId, code, nameTh, nameEn, years);
      return "/app/program?faces-redirect=true&id=" + p.getId();
    } catch (BusinessException e) {
      ProgramMessages.show(e);
      return null;
    }
  }

  public void start(long id) {
    try {
      ProgramStart.Outcome outcome = starter.start(session.getUsername(), id);
      Texts.info("program.startedCount", outcome.staff(), outcome.enrolledNow());
      list = null;
    } catch (ProgramRefused e) {
      ProgramMessages.show(e);
    } catch (BusinessException e) {
      Texts.error(null, e);
    }
  }

  public Long getSourceId() {
    return sourceId;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
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

  public int getYears() {
    return years;
  }

  public void setYears(int years) {
    this.years = years;
  }
}
