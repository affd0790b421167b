package se.samverkan.tenancy.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.samverkan.platform.security.CallerFactory;
import se.samverkan.tenancy.SpaceGate;

@Path("spaces")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SpacesResource {

  @Inject SpaceGate gate;
  @Inject CallerFactory callers;

  public record SpaceView(String id, String name, String kind, String access) {}

  @GET
  @Operation(summary = "The spaces the caller may enter: their own tenant, then those of their group memberships")
  public List<SpaceView> spaces() {
    return gate.spacesOf(callers.caller()).stream()
        .map(s -> new SpaceView(s.id().value(), s.name(), s.kind().name(), s.access().name()))
        .toList();
  }
}
