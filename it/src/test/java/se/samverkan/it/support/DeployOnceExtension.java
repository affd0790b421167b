package se.samverkan.it.support;

import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.event.suite.AfterSuite;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Deploys the EAR once for the whole run instead of once per test class.
 *
 * <p>Every class declares the same deployment (the real EAR, {@link Deployments#ear()}), and the
 * tests are clients that share one server and one database anyway. Deploying and undeploying it
 * around each of about fifty classes cost four minutes of a fifteen-minute budget. The first
 * class's managed deployment goes to the server and stays; later classes skip theirs, and the
 * per-class undeploy is skipped too. A class that deploys the EAR itself (a managed=false
 * deployment through Arquillian's {@code Deployer}, as ProvisioningIT does to deploy it twice)
 * first gets the shared one taken away; the next class deploys it again.
 */
public class DeployOnceExtension implements LoadableExtension {

  @Override
  public void register(ExtensionBuilder builder) {
    builder.observer(DeployOnce.class);
  }

  /** Arquillian's observers are instantiated once per run: the state lives for the suite. */
  public static class DeployOnce {

    private static final Logger LOG = Logger.getLogger(DeployOnce.class.getName());

    private DeployableContainer<?> container;
    private Archive<?> deployed;

    public void deployManaged(@Observes EventContext<DeployManagedDeployments> context) {
      if (deployed != null) {
        return; // on the server since an earlier class
      }
      context.proceed();
    }

    public void keepDeployed(@Observes EventContext<UnDeployManagedDeployments> context) {
      // left on the server for the next class; taken away after the suite
    }

    public void deployOne(@Observes EventContext<DeployDeployment> context) throws DeploymentException {
      DeployDeployment event = context.getEvent();
      if (!event.getDeployment().getDescription().managed()) {
        undeployShared(); // the class deploys the same EAR under the same name itself
        context.proceed();
        return;
      }
      context.proceed();
      container = event.getDeployableContainer();
      deployed = event.getDeployment().getDescription().getArchive();
    }

    public void afterSuite(@Observes(precedence = 100) AfterSuite event) throws DeploymentException {
      undeployShared();
    }

    private void undeployShared() throws DeploymentException {
      if (deployed == null) {
        return;
      }
      LOG.info(() -> "undeploying the shared deployment " + deployed.getName());
      Archive<?> archive = deployed;
      deployed = null;
      container.undeploy(archive);
    }
  }
}
