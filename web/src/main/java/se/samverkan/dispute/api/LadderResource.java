package se.samverkan.dispute.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.samverkan.dispute.DisputeService;

/** The municipality's escalation ladder for disputes. */
@Path("spaces/{space}/dispute-ladder")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LadderResource {

  @Inject DisputeService disputes;

  @GET
  @Operation(summary = "The escalation ladder in use: the municipality's own, or the agreement's three steps")
  public LadderView ladder() {
    return LadderView.of(disputes.ladder());
  }

  @PUT
  @Operation(summary = "Replace the ladder (tenant admin or coordinator). Without 'version' only while the default"
      + " applies; after that the version last read, else 409. Open disputes keep their ladder")
  public LadderView change(@NotNull @Valid LadderRequest request) {
    return LadderView.of(disputes.changeLadder(request.ladderSteps(), request.getVersion()));
  }
}
