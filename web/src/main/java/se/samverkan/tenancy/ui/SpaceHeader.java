package se.samverkan.tenancy.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import se.samverkan.platform.security.CallerFactory;
import se.samverkan.tenancy.CurrentSpace;
import se.samverkan.tenancy.SpaceGate;
import se.samverkan.tenancy.SpaceSummary;

/** What the header shows: who is logged in, the space, and the caller's other spaces. */
@Named
@RequestScoped
public class SpaceHeader {

  @Inject CallerFactory callers;
  @Inject CurrentSpace currentSpace;
  @Inject SpaceGate gate;

  private List<SpaceSummary> spaces;

  public boolean isLoggedIn() {
    return callers.isLoggedIn();
  }

  public String getCallerName() {
    return callers.caller().displayName();
  }

  public boolean isInSpace() {
    return currentSpace.current().isPresent();
  }

  public String getSpaceId() {
    return currentSpace.current().map(s -> s.tenant().value()).orElse("");
  }

  public String getSpaceName() {
    return currentSpace.current().map(s -> s.name()).orElse("");
  }

  /** Whether the space's administration (its audit trail) is in the navigation. */
  public boolean isAdministrator() {
    return currentSpace.current().map(s -> s.isAdministeredByCaller()).orElse(false);
  }

  public List<SpaceSummary> getSpaces() {
    if (spaces == null) {
      spaces = gate.spacesOf(callers.caller());
    }
    return spaces;
  }
}
