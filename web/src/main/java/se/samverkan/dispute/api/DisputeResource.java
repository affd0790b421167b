package se.samverkan.dispute.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.samverkan.coordination.api.PageView;
import se.samverkan.dispute.DisputeRecord;
import se.samverkan.dispute.DisputeService;
import se.samverkan.dispute.DisputeStatus;
import se.samverkan.shared.InvalidInputException;
import se.samverkan.shared.PageRequest;

/** A group's disputes. The space is entered before this runs. */
@Path("spaces/{space}/groups/{groupId}/disputes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DisputeResource {

  @Inject DisputeService disputes;

  @PathParam("groupId")
  long groupId;

  @GET
  @Operation(summary = "The group's disputes, latest first; filter by status OPEN or RESOLVED")
  public PageView<DisputeSummaryView> list(
      @QueryParam("status") String status,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    return PageView.of(disputes.disputes(groupId, status(status), new PageRequest(page, size)), DisputeSummaryView::of);
  }

  @POST
  @Operation(summary = "Open a dispute at the first step of the municipality's escalation ladder")
  public Response open(@NotNull @Valid DisputeRequest request, @Context UriInfo uri) {
    DisputeRecord opened = disputes.open(groupId, request.about(), request.stepPeople());
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(opened.dispute().id())).build())
        .entity(DisputeView.of(opened)).build();
  }

  @GET
  @Path("{id}")
  public DisputeView one(@PathParam("id") long id) {
    return DisputeView.of(disputes.dispute(groupId, id));
  }

  @POST
  @Path("{id}/escalation")
  @Operation(summary = "Raise the dispute to the next step (leaders; 409 at the last step or when resolved)")
  public DisputeView escalate(@PathParam("id") long id, @NotNull @Valid EscalationRequest request) {
    return DisputeView.of(disputes.escalate(groupId, id, request.getOutcome(), request.stepPeople(), request.getVersion()));
  }

  @POST
  @Path("{id}/resolution")
  @Operation(summary = "Resolve the dispute with the agreed outcome (leaders; 409 when resolved)")
  public DisputeView resolve(@PathParam("id") long id, @NotNull @Valid ResolutionRequest request) {
    return DisputeView.of(disputes.resolve(groupId, id, request.getOutcome(), request.getVersion()));
  }

  private static Optional<DisputeStatus> status(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(DisputeStatus.valueOf(value.strip()));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("status", "the status is OPEN or RESOLVED");
    }
  }
}
