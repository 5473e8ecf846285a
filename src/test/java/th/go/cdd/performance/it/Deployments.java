package th.go.cdd.performance.it;

import java.io.File;
import java.net.URISyntaxException;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import th.go.cdd.performance.testing.JsfClient;

/**
 * The product's WAR as built by Maven, plus every integration test class, fixture servlet and library an
 * in-container test uses: one archive for all classes, deployed once per run on one server ({@link OneServer}).
 * Every class's {@code @Deployment} is testable (the default; client-side classes say {@code @RunAsClient}),
 * so that whichever class deploys first, the archive carries Arquillian's servlet for the in-container ones.
 */
public final class Deployments {
  private Deployments() {}

  /** The one archive; {@code testClass} is in it like every other (the parameter says which class asks). */
  public static WebArchive productWithFixture(Class<?> testClass) {
    WebArchive war = ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("app.war", "target/ROOT.war")));
    war.addPackages(true, Deployments.class.getPackage());
    war.addClasses(th.go.cdd.performance.document.PdfText.class, testClass);
    war.addPackage(JsfClient.class.getPackage());
    war.addAsLibraries(jarOf(org.assertj.core.api.Assertions.class), jarOf(org.awaitility.Awaitility.class),
        jarOf(org.hamcrest.Matcher.class), jarOf(org.jsoup.Jsoup.class), jarOf(com.icegreen.greenmail.util.GreenMail.class));
    return war;
  }

  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
