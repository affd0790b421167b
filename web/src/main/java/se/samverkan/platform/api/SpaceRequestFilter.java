package se.samverkan.platform.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import se.samverkan.platform.security.CallerFactory;
import se.samverkan.tenancy.CurrentSpace;
import se.samverkan.tenancy.SpaceGate;

/**
 * Every resource under {@code /spaces/{space}} acts in that space: the caller enters it here,
 * before the resource runs, or gets 403. Resources never read the space themselves.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class SpaceRequestFilter implements ContainerRequestFilter {

  @Inject CallerFactory callers;
  @Inject SpaceGate gate;
  @Inject CurrentSpace currentSpace;

  @Override
  public void filter(ContainerRequestContext request) {
    String space = request.getUriInfo().getPathParameters().getFirst("space");
    if (space != null) {
      currentSpace.enter(gate.enter(callers.caller(), space));
    }
  }
}
