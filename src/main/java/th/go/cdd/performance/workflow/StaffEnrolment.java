package th.go.cdd.performance.workflow;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.program.ContractRounds;
import th.go.cdd.performance.program.Program;
import th.go.cdd.performance.program.ReportingRound;

/** Starts a staff member's program-year process, once per staff member and program. */
@Stateless
public class StaffEnrolment {
  @Inject private RuntimeService runtime;
  @Inject private HistoryService history;

  /** Whether the staff member's process for this program was ever started. */
  public boolean isEnrolled(Person staff, Program program) {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey("staffProgram")
        .processInstanceBusinessKey(businessKey(program.getId(), staff.getId())).count() > 0;
  }

  public String enrol(Person staff, Program program) {
    String businessKey = businessKey(program.getId(), staff.getId());
    var existing = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey("staffProgram").processInstanceBusinessKey(businessKey).list();
    if (!existing.isEmpty()) {
      return existing.get(0).getId();
    }
    List<Long> roundIds = ContractRounds.within(program.getRounds(), staff.getContractStart(), staff.getContractEnd())
        .stream().map(ReportingRound::getId).toList();
    Map<String, Object> vars = new HashMap<>();
    vars.put("programId", program.getId());
    vars.put("staffId", staff.getId());
    vars.put("staffUsername", staff.getUsername());
    vars.put("provinceCode", staff.getProvince().getCode());
    vars.put("groupCode", staff.getWorkGroup().getCode());
    vars.put("roundIds", new java.util.ArrayList<>(roundIds));
    vars.put("attendsOrientation", program.getOrientationDate() != null
        && !staff.getContractStart().isAfter(program.getOrientationDate()));
    ProcessInstance pi = runtime.startProcessInstanceByKey("staffProgram", businessKey, vars);
    return pi.getId();
  }

  public static String businessKey(Long programId, Long staffId) {
    return "program-" + programId + "-staff-" + staffId;
  }
}
