package th.go.cdd.performance.it;

import java.io.File;
import java.net.URISyntaxException;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import th.go.cdd.performance.testing.JsfClient;

/** The product's WAR as built by Maven, plus the test fixture and the libraries in-container tests use. */
public final class Deployments {
  private Deployments() {}

  public static WebArchive productWithFixture(Class<?> testClass) {
    WebArchive war = ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("app.war", "target/ROOT.war")));
    war.addClasses(ItFixture.class, ItFixture.Office.class, FixtureServlet.class, Deployments.class, Tx.class, th.go.cdd.performance.document.PdfText.class, testClass);
    war.addAsLibraries(jarOf(org.assertj.core.api.Assertions.class), jarOf(org.awaitility.Awaitility.class),
        jarOf(org.hamcrest.Matcher.class));
    return war;
  }

  /** For an in-container test that calls the application over HTTP: the shared JSF client and the HTML parser it reads forms with. */
  public static WebArchive withJsfClient(WebArchive war) {
    return war.addPackage(JsfClient.class.getPackage()).addAsLibraries(jarOf(org.jsoup.Jsoup.class));
  }

  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
