package th.go.cdd.performance.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.servlet.Filter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The servlet filters run in the order web.xml gives (annotated filters run in an order of the container's
 * choosing: Payara put SessionLimits first, and its database read during an outage failed outside the outage
 * page). Every filter of ours is declared there, none by annotation, and the outage page wraps every filter
 * that reads the database.
 */
class FilterOrderTest {
  private static final List<String> READ_THE_DATABASE = List.of("ApiAccessFilter", "SignInThrottleFilter", "SessionLimits", "PasswordChangeFilter");

  @Test
  void everyFilterOfOursIsDeclaredInWebXmlAndNoneByAnnotation() throws Exception {
    List<JavaClass> filters = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("th.go.cdd.performance").stream().filter(c -> c.isAssignableTo(Filter.class) && !c.getModifiers().contains(
            com.tngtech.archunit.core.domain.JavaModifier.ABSTRACT)).toList();
    Map<String, String> declared = declaredFilters();

    assertThat(filters).isNotEmpty();
    assertThat(filters).allSatisfy(c -> {
      assertThat(c.isAnnotatedWith("jakarta.servlet.annotation.WebFilter")).as(c.getName() + " carries @WebFilter").isFalse();
      assertThat(declared).as(c.getName() + " is declared in web.xml").containsValue(c.getName());
    });
  }

  @Test
  void theOutagePageWrapsEveryFilterThatReadsTheDatabaseAndTheSecurityHeadersWrapTheSessionChecks() throws Exception {
    List<String> order = mappingOrder();

    assertThat(order).containsAll(READ_THE_DATABASE);
    for (String reader : READ_THE_DATABASE) {
      assertThat(order.indexOf("DatabaseUnavailableFilter")).as("the outage page before " + reader).isLessThan(order.indexOf(reader));
    }
    assertThat(order.indexOf("SecurityHeadersFilter")).isLessThan(order.indexOf("SessionLimits"));
    assertThat(order.indexOf("SessionLimits")).isLessThan(order.indexOf("PasswordChangeFilter"));
  }

  private static Map<String, String> declaredFilters() throws Exception {
    NodeList filters = webXml().getElementsByTagName("filter");
    List<Element> elements = new ArrayList<>();
    for (int i = 0; i < filters.getLength(); i++) {
      elements.add((Element) filters.item(i));
    }
    return elements.stream().collect(Collectors.toMap(e -> text(e, "filter-name"), e -> text(e, "filter-class")));
  }

  private static List<String> mappingOrder() throws Exception {
    NodeList mappings = webXml().getElementsByTagName("filter-mapping");
    List<String> order = new ArrayList<>();
    for (int i = 0; i < mappings.getLength(); i++) {
      order.add(text((Element) mappings.item(i), "filter-name"));
    }
    return order;
  }

  private static Element webXml() throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("src/main/webapp/WEB-INF/web.xml").toFile()).getDocumentElement();
  }

  private static String text(Element parent, String tag) {
    return parent.getElementsByTagName(tag).item(0).getTextContent().strip();
  }
}
