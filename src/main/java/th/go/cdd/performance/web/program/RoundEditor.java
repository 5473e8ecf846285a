package th.go.cdd.performance.web.program;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import th.go.cdd.performance.administration.ProgramSetup;
import th.go.cdd.performance.program.ReportingRound;

/** The program page's round editor: a reporting round's period and due date. */
@Named
@ViewScoped
public class RoundEditor implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private ProgramSetup setup;
  @Inject private ProgramView page;

  private PeriodForm form;

  public void open() {
    form = new PeriodForm(null, 0, null, null, null);
  }

  public void edit(ReportingRound r) {
    form = new PeriodForm(r.getId(), r.getNumber(), r.getPeriodStart(), r.getPeriodEnd(), r.getDueDate());
  }

  public void save() {
    PeriodForm f = form;
    if (page.apply(u -> {
      if (f.getId() == null) {
        setup.addRound(u, page.getId(), f.getStart(), f.getEnd(), f.getDue());
      } else {
        setup.editRound(u, f.getId(), f.getStart(), f.getEnd(), f.getDue());
      }
    }, "program.saved")) {
      form = null;
    }
  }

  public void remove(long roundId) {
    if (page.apply(u -> setup.removeRound(u, roundId), "program.removed")) {
      form = null;
    }
  }

  public PeriodForm getForm() {
    return form;
  }
}
