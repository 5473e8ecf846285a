package th.go.cdd.performance.web.program;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import th.go.cdd.performance.program.Cohort;
import th.go.cdd.performance.administration.ProgramSetup;
import th.go.cdd.performance.program.Province;

/** The program page's cohort editor: a cohort's contract period and its provinces. */
@Named
@ViewScoped
public class CohortEditor implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private ProgramSetup setup;
  @Inject private ProgramView page;

  private PeriodForm form;
  private List<String> provinces = new ArrayList<>();

  public void open() {
    form = new PeriodForm(null, 0, null, null, null);
    provinces = new ArrayList<>();
  }

  public void edit(Cohort c) {
    form = new PeriodForm(c.getId(), c.getNumber(), c.getContractStart(), c.getContractEnd(), null);
    provinces = new ArrayList<>(c.getProvinces().stream().map(Province::getCode).toList());
  }

  public void save() {
    PeriodForm f = form;
    List<String> codes = provinces;
    boolean saved = f.getId() == null
        ? page.apply(u -> setup.addCohort(u, page.getId(), f.getStart(), f.getEnd(), codes), "program.saved")
        : page.apply(u -> setup.editCohort(u, f.getId(), f.getStart(), f.getEnd(), codes), "program.saved");
    if (saved) {
      form = null;
    }
  }

  public PeriodForm getForm() {
    return form;
  }

  public List<String> getProvinces() {
    return provinces;
  }

  public void setProvinces(List<String> provinces) {
    this.provinces = provinces;
  }
}
