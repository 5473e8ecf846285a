package th.go.cdd.performance.web.report;

import th.go.cdd.performance.web.Texts;
import th.go.cdd.performance.web.UserSession;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import th.go.cdd.performance.circular.SubmissionLink;
import th.go.cdd.performance.shared.BusinessException;

/** The page the QR code opens: after login it sends a staff member to their own report of the round. */
@Named
@ViewScoped
public class SubmitView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private SubmissionLink link;
  @Inject private UserSession session;

  private String program;
  private Integer round;
  private boolean failed;

  public void resolve() throws IOException {
    try {
      long id = link.reportOf(session.getUsername(), program, round);
      FacesContext fc = FacesContext.getCurrentInstance();
      fc.getExternalContext().redirect(fc.getExternalContext().getRequestContextPath() + "/app/report.xhtml?id=" + id);
    } catch (BusinessException e) {
      failed = true;
      Texts.error(null, e);
    }
  }

  public boolean isFailed() {
    return failed;
  }

  public String getProgram() {
    return program;
  }

  public void setProgram(String program) {
    this.program = program;
  }

  public Integer getRound() {
    return round;
  }

  public void setRound(Integer round) {
    this.round = round;
  }
}
