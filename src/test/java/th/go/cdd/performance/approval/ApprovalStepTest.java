package th.go.cdd.performance.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import th.go.cdd.performance.people.Role;
import th.go.cdd.performance.report.ReportStatus;

/**
 * The step model against the round's BPMN: every id the code takes from {@link ApprovalStep} is in
 * {@code bpmn/round-report.bpmn} as the kind of element the code expects, and every user task of the
 * model is one of its steps. Then the mapping itself, which the services and lists rely on.
 */
class ApprovalStepTest {
  private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
  private static Document model;

  @BeforeAll
  static void readTheModel() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    model = factory.newDocumentBuilder().parse(Path.of("bpmn", "round-report.bpmn").toFile());
  }

  private static List<Element> elements(String localName) {
    NodeList nodes = model.getElementsByTagNameNS(BPMN, localName);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add((Element) nodes.item(i));
    }
    return out;
  }

  private static Optional<Element> element(String localName, String id) {
    return elements(localName).stream().filter(e -> e.getAttribute("id").equals(id)).findFirst();
  }

  @Test
  void everyStepsTaskKeyIsAUserTaskOfTheRoundReport() {
    for (ApprovalStep step : ApprovalStep.values()) {
      assertThat(element("userTask", step.taskKey())).as(step.name()).isPresent();
    }
  }

  @Test
  void everyUserTaskOfTheRoundReportIsAStep() {
    List<String> userTasks = elements("userTask").stream().map(e -> e.getAttribute("id")).toList();
    assertThat(userTasks).isNotEmpty();
    assertThat(userTasks).allSatisfy(id -> assertThat(ApprovalStep.ofTaskKey(id)).as(id).isPresent());
    assertThat(userTasks).hasSize(ApprovalStep.values().length);
  }

  @Test
  void theApproversCandidateGroupsFollowTheModelsExpressionsAndTheStaffTaskIsAssignedByName() {
    for (ApprovalStep step : ApprovalStep.values()) {
      Element task = element("userTask", step.taskKey()).orElseThrow();
      String expression = task.getAttributeNS(CAMUNDA, "candidateGroups");
      if (step.isApprover()) {
        assertThat(step.candidateGroup("${provinceCode}", "${groupCode}")).as(step.name()).isEqualTo(expression);
      } else {
        assertThat(expression).isEmpty();
        assertThat(task.getAttributeNS(CAMUNDA, "assignee")).isEqualTo("${staffUsername}");
        assertThat(step.candidateGroup("50", "g1")).isNull();
      }
    }
  }

  @Test
  void theRecallIsAMessageBoundaryEventOnTheStepThatAllowsIt() {
    for (ApprovalStep step : ApprovalStep.values()) {
      if (!step.isRecallable()) {
        assertThat(step.recallEvent()).as(step.name()).isNull();
        continue;
      }
      Element event = element("boundaryEvent", step.recallEvent()).orElseThrow();
      assertThat(event.getAttribute("attachedToRef")).isEqualTo(step.taskKey());
      assertThat(messageNameOf(event)).isEqualTo(step.recallEvent());
    }
    assertThat(ApprovalStep.values()).filteredOn(ApprovalStep::isRecallable).containsExactly(ApprovalStep.DIRECTOR);
  }

  @Test
  void theOtherIdsTheCodeNamesAreInTheModel() {
    assertThat(element("process", ApprovalStep.PROCESS)).isPresent();
    Element opens = element("intermediateCatchEvent", ApprovalStep.ROUND_OPENS).orElseThrow();
    assertThat(opens.getElementsByTagNameNS(BPMN, "timerEventDefinition").getLength()).isEqualTo(1);
    Element extended = element("boundaryEvent", ApprovalStep.DUE_DATE_EXTENDED).orElseThrow();
    assertThat(messageNameOf(extended)).isEqualTo(ApprovalStep.DUE_DATE_EXTENDED);
  }

  @Test
  void everyApproversDecisionIsAConditionOfTheGatewayAfterItsTask() {
    List<String> conditions = elements("conditionExpression").stream().map(e -> e.getTextContent().strip()).toList();
    for (ApprovalStep step : List.of(ApprovalStep.DIRECTOR, ApprovalStep.OFFICER)) {
      for (Decision d : step.decisions()) {
        if (d != Decision.RECALL) {
          assertThat(conditions).as(step + " " + d).contains("${" + Decision.VARIABLE + " == '" + d.name() + "'}");
        }
      }
    }
  }

  private static String messageNameOf(Element event) {
    Element definition = (Element) event.getElementsByTagNameNS(BPMN, "messageEventDefinition").item(0);
    return element("message", definition.getAttribute("messageRef")).orElseThrow().getAttribute("name");
  }

  @Test
  void eachOpenStatusWaitsAtExactlyOneStepAndAClosedOneAtNone() {
    assertThat(ApprovalStep.waitingAt(ReportStatus.DRAFT)).contains(ApprovalStep.STAFF);
    assertThat(ApprovalStep.waitingAt(ReportStatus.RETURNED)).contains(ApprovalStep.STAFF);
    assertThat(ApprovalStep.waitingAt(ReportStatus.WITH_DIRECTOR)).contains(ApprovalStep.DIRECTOR);
    assertThat(ApprovalStep.waitingAt(ReportStatus.WITH_OFFICER)).contains(ApprovalStep.OFFICER);
    assertThat(ApprovalStep.waitingAt(ReportStatus.SIGNED)).isEmpty();
    assertThat(ApprovalStep.waitingAt(ReportStatus.WITHDRAWN)).isEmpty();
    assertThat(ApprovalStep.waitingAt(null)).as("no report yet").isEmpty();
    for (ReportStatus s : ReportStatus.values()) {
      assertThat(ApprovalStep.waitingAt(s).isPresent()).as(s.name()).isEqualTo(s.isOpen());
    }
    assertThat(ApprovalStep.approverAt(ReportStatus.DRAFT)).isEmpty();
    assertThat(ApprovalStep.approverAt(ReportStatus.WITH_OFFICER)).contains(ApprovalStep.OFFICER);
  }

  @Test
  void eachStepHasItsRoleSignatureAndDecisions() {
    assertThat(ApprovalStep.STAFF.role()).isEqualTo(Role.STAFF);
    assertThat(ApprovalStep.DIRECTOR.role()).isEqualTo(Role.DIRECTOR);
    assertThat(ApprovalStep.OFFICER.role()).isEqualTo(Role.OFFICER);
    for (SignatureStep s : SignatureStep.values()) {
      assertThat(ApprovalStep.of(s).signatureStep()).isEqualTo(s);
    }
    assertThat(ApprovalStep.STAFF.forward()).isEqualTo(Decision.CERTIFY);
    assertThat(ApprovalStep.DIRECTOR.forward()).isEqualTo(Decision.APPROVE);
    assertThat(ApprovalStep.OFFICER.forward()).isEqualTo(Decision.SIGN);
  }

  @Test
  void anApproverMayReturnButNeverRecallOrTakeAnotherStepsDecision() {
    assertThat(ApprovalStep.DIRECTOR.allowsHolder(Decision.RETURN)).isTrue();
    assertThat(ApprovalStep.OFFICER.allowsHolder(Decision.RETURN)).isTrue();
    assertThat(ApprovalStep.DIRECTOR.allowsHolder(Decision.RECALL)).as("the staff member's, not the director's").isFalse();
    assertThat(ApprovalStep.DIRECTOR.allowsHolder(Decision.SIGN)).isFalse();
    assertThat(ApprovalStep.OFFICER.allowsHolder(Decision.APPROVE)).isFalse();
    assertThat(ApprovalStep.OFFICER.allowsHolder(Decision.CERTIFY)).isFalse();
    assertThat(ApprovalStep.STAFF.allowsHolder(Decision.RETURN)).isFalse();
  }

  @Test
  void aPendingGroupReadBackNamesItsStepProvinceAndGroup() {
    String director = ApprovalStep.DIRECTOR.candidateGroup("50", "g1");
    assertThat(ApprovalStep.ofCandidateGroup(director)).contains(new ApprovalStep.CandidateGroup(ApprovalStep.DIRECTOR, "50", "g1"));
    assertThat(ApprovalStep.ofCandidateGroup(ApprovalStep.OFFICER.candidateGroup("50", "g1")))
        .contains(new ApprovalStep.CandidateGroup(ApprovalStep.OFFICER, "50", null));
    assertThat(ApprovalStep.ofCandidateGroup("admin:50")).isEmpty();
    assertThat(ApprovalStep.ofCandidateGroup(null)).isEmpty();
  }
}
