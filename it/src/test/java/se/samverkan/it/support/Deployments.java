package se.samverkan.it.support;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The application as the build made it: the tests deploy the real EAR, unchanged. */
public final class Deployments {

  /** The deployment's name on the server (Arquillian drops the extension). */
  public static final String NAME = "samverkan";

  private Deployments() {}

  public static EnterpriseArchive ear() {
    return ShrinkWrap.create(ZipImporter.class, NAME + ".ear")
        .importFrom(Stack.ear().toFile())
        .as(EnterpriseArchive.class);
  }
}
