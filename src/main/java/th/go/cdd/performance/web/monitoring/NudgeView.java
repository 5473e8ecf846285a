package th.go.cdd.performance.web.monitoring;

import th.go.cdd.performance.web.Texts;
import th.go.cdd.performance.web.UserSession;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import th.go.cdd.performance.access.OverseenProvinces;
import th.go.cdd.performance.program.Province;
import th.go.cdd.performance.reminder.Reminders;
import th.go.cdd.performance.shared.BusinessException;

/**
 * "Remind everyone late now": an administrator picks a province, a provincial officer has only their
 * own. The service checks the province again; the list here only saves a useless choice.
 */
@Named
@ViewScoped
public class NudgeView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private Reminders reminders;
  @Inject private OverseenProvinces overseen;
  @Inject private UserSession session;

  private String provinceCode;
  private List<Province> provinces;

  public boolean isAllowed() {
    return session.isProvinceOverseer();
  }

  public List<Province> getProvinces() {
    if (provinces == null) {
      provinces = overseen.of(session.getUsername());
      if (provinces.size() == 1 && !session.isAdministrator()) {
        provinceCode = provinces.get(0).getCode();
      }
    }
    return provinces;
  }

  public void nudge() {
    nudge(reminders, session.getUsername(), provinceCode);
  }

  /** Queues the reminders and tells the user how many, or why not: the one way pages nudge a province. */
  static void nudge(Reminders reminders, String username, String provinceCode) {
    try {
      int queued = reminders.nudgeProvince(username, provinceCode);
      if (queued == 0) {
        Texts.info("nudge.none");
      } else {
        Texts.info("nudge.queued", queued);
      }
    } catch (BusinessException e) {
      Texts.error(null, e);
    }
  }

  public String getProvinceCode() {
    return provinceCode;
  }

  public void setProvinceCode(String provinceCode) {
    this.provinceCode = provinceCode;
  }
}
