package se.samverkan.it.support;

import org.jboss.arquillian.config.descriptor.api.ArquillianDescriptor;
import org.jboss.arquillian.config.descriptor.api.ContainerDef;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Points Arquillian's Payara container at the ports the started stack reports in
 * stack.properties, so arquillian.xml's ports are only defaults and a stack started on other
 * ports (SAMVERKAN_PAYARA_PORTBASE) is found all the same.
 */
public class StackPortsExtension implements LoadableExtension {

  @Override
  public void register(ExtensionBuilder builder) {
    builder.observer(Ports.class);
  }

  /** Runs before the container registry is made from the descriptor. */
  public static class Ports {
    public void apply(@Observes(precedence = 100) ArquillianDescriptor descriptor) {
      Stack stack;
      try {
        stack = Stack.load();
      } catch (IllegalStateException notStarted) {
        return; // the tests themselves say what is missing
      }
      for (ContainerDef container : descriptor.getContainers()) {
        container.property("adminPort", String.valueOf(stack.adminPort()));
        container.property("httpPort", String.valueOf(stack.httpPort()));
      }
    }
  }
}
