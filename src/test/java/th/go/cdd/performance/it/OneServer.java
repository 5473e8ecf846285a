package th.go.cdd.performance.it;

import fish.payara.arquillian.container.payara.managed.PayaraMicroContainerConfiguration;
import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.ProtocolDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.descriptor.api.Descriptor;

/**
 * One Payara Micro for every Arquillian class of an integration run. Payara's managed container starts a
 * server per deployment (about 40 s each, 26 classes, two databases: most of the test command's time); every
 * class here deploys the same archive ({@link Deployments#productWithFixture}), so the first class starts the
 * server and the others use it. The server stops when Arquillian stops the container at the end of the run.
 */
public class OneServer implements DeployableContainer<PayaraMicroContainerConfiguration> {
  private static final Logger LOG = Logger.getLogger(OneServer.class.getName());

  private final PayaraMicroDeployableContainer payara = new PayaraMicroDeployableContainer();
  private Archive<?> deployed;
  private ProtocolMetaData running;
  private int classes;

  /** Registers the container in place of Payara's (META-INF/services/org.jboss.arquillian.core.spi.LoadableExtension). */
  public static class Extension implements LoadableExtension {
    @Override
    public void register(ExtensionBuilder builder) {
      builder.override(DeployableContainer.class, PayaraMicroDeployableContainer.class, OneServer.class);
    }
  }

  @Override
  public Class<PayaraMicroContainerConfiguration> getConfigurationClass() {
    return PayaraMicroContainerConfiguration.class;
  }

  @Override
  public void setup(PayaraMicroContainerConfiguration configuration) {
    payara.setup(configuration);
  }

  @Override
  public void start() throws LifecycleException {
    payara.start();
  }

  @Override
  public ProtocolDescription getDefaultProtocol() {
    return payara.getDefaultProtocol();
  }

  @Override
  public synchronized ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
    classes++;
    if (running == null) {
      running = payara.deploy(archive);
      deployed = archive;
    } else {
      LOG.fine(() -> "class " + classes + " uses the running server");
    }
    return running;
  }

  @Override
  public void undeploy(Archive<?> archive) {
    // the next class uses the same server; it stops with the container
  }

  @Override
  public synchronized void stop() throws LifecycleException {
    if (running != null) {
      try {
        payara.undeploy(deployed);
      } catch (DeploymentException e) {
        throw new LifecycleException("could not stop the shared server", e);
      } finally {
        running = null;
      }
    }
    payara.stop();
  }

  @Override
  public void deploy(Descriptor descriptor) throws DeploymentException {
    payara.deploy(descriptor);
  }

  @Override
  public void undeploy(Descriptor descriptor) throws DeploymentException {
    payara.undeploy(descriptor);
  }
}
