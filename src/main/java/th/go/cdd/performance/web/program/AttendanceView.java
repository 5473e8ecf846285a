package th.go.cdd.performance.web.program;

import th.go.cdd.performance.web.Texts;
import th.go.cdd.performance.web.Downloads;
import th.go.cdd.performance.web.UserSession;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.StreamedContent;
import th.go.cdd.performance.circular.Attendance;
import th.go.cdd.performance.circular.AttendanceRow;
import th.go.cdd.performance.circular.AttendanceStatus;
import th.go.cdd.performance.export.TableFormat;
import th.go.cdd.performance.program.Program;
import th.go.cdd.performance.program.ProgramCatalog;
import th.go.cdd.performance.program.Province;
import th.go.cdd.performance.shared.BusinessException;

/** The orientation's attendance of a province: administrators choose any province, an officer sees theirs. */
@Named
@ViewScoped
public class AttendanceView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private Attendance attendance;
  @Inject private ProgramCatalog catalog;
  @Inject private th.go.cdd.performance.circular.ProgramTasks programTasks;
  @Inject private UserSession session;

  private Long programId;
  private String provinceCode;
  private List<Province> provinces;
  private List<AttendanceRow> rows;

  public List<Program> getPrograms() {
    return catalog.programs();
  }

  public List<Province> getProvinces() {
    if (provinces == null) {
      Long id = getProgramId();
      provinces = id == null ? List.of() : attendance.provinces(session.getUsername(), id);
    }
    return provinces;
  }

  public boolean isAllowed() {
    return !getProvinces().isEmpty();
  }

  public List<AttendanceRow> getRows() {
    if (rows == null) {
      rows = List.of();
      String code = getProvinceCode();
      if (code != null) {
        try {
          rows = attendance.of(session.getUsername(), getProgramId(), code);
        } catch (BusinessException e) {
          Texts.error(null, e);
        }
      }
    }
    return rows;
  }

  public long count(AttendanceStatus status) {
    return getRows().stream().filter(r -> r.status() == status).count();
  }

  public StreamedContent export(String format) {
    TableFormat f = TableFormat.valueOf(format);
    return Downloads.of(attendance.table(session.getUsername(), getProgramId(), getProvinceCode(), Downloads.labels()), f,
        "attendance-" + getProvinceCode());
  }

  public boolean isOfficerMayCheckIn() {
    return session.getRole() == th.go.cdd.performance.people.Role.OFFICER && getProgramId() != null
        && !programTasks.hasCheckedIn(session.getUsername(), getProgramId());
  }

  public void checkIn() {
    try {
      programTasks.checkInOfficer(session.getUsername(), getProgramId());
      Texts.info("attendance.checkedIn");
      rows = null;
    } catch (BusinessException e) {
      Texts.error(null, e);
    }
  }

  public void changed() {
    provinces = null;
    rows = null;
  }

  public Long getProgramId() {
    if (programId == null) {
      List<Program> all = getPrograms();
      programId = all.isEmpty() ? null : all.get(all.size() - 1).getId();
    }
    return programId;
  }

  public void setProgramId(Long programId) {
    this.programId = programId;
  }

  public String getProvinceCode() {
    if (provinceCode == null && !getProvinces().isEmpty()) {
      provinceCode = getProvinces().get(0).getCode();
    }
    return provinceCode;
  }

  public void setProvinceCode(String provinceCode) {
    this.provinceCode = provinceCode;
    this.rows = null;
  }
}
