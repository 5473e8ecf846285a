package th.go.cdd.performance.web.report;

import th.go.cdd.performance.web.report.DiagramLabels;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class DiagramLabelsTest {
  private static final Locale THAI = Locale.forLanguageTag("th");

  /** Every element of the report's process that the diagram labels (all but the process and its messages). */
  private static List<String> namedElementsOfTheRoundReport() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    NodeList all = factory.newDocumentBuilder().parse(Path.of("bpmn", "round-report.bpmn").toFile())
        .getElementsByTagNameNS("http://www.omg.org/spec/BPMN/20100524/MODEL", "*");
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (e.hasAttribute("name") && !e.getLocalName().equals("process") && !e.getLocalName().equals("message")) {
        ids.add(e.getAttribute("id"));
      }
    }
    return ids;
  }

  @Test
  void everyLabelOfTheReportsDiagramHasAThaiText() throws Exception {
    List<String> ids = namedElementsOfTheRoundReport();
    Map<String, String> thai = DiagramLabels.of(THAI);
    assertThat(ids).hasSizeGreaterThan(30);
    assertThat(thai).containsKeys(ids.toArray(String[]::new));
    assertThat(ids).allSatisfy(id -> assertThat(thai.get(id)).as(id).containsPattern("\\p{IsThai}"));
    assertThat(thai.get("fillReport")).isEqualTo("พนักงานกรอกและรับรองรายงาน");
  }

  @Test
  void everyLabelOfTheReportsDiagramHasAnEnglishText() throws Exception {
    Map<String, String> english = DiagramLabels.of(Locale.ENGLISH);
    assertThat(english).containsKeys(namedElementsOfTheRoundReport().toArray(String[]::new));
    assertThat(english.values()).noneMatch(label -> label.matches(".*\\p{IsThai}.*"));
  }

  @Test
  void theLabelsGoToThePageAsAJsonObjectByElementId() {
    String json = DiagramLabels.json(THAI);
    assertThat(json).startsWith("{\"").endsWith("\"}")
        .contains("\"fillReport\":\"พนักงานกรอกและรับรองรายงาน\"")
        .contains("\"directorApproved\":\"เห็นชอบ\"");
    assertThat(json).doesNotContain("\n");
  }
}
