package se.samverkan.followup.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.samverkan.followup.IndicatorSetDetails;
import se.samverkan.followup.IndicatorSetService;
import se.samverkan.shared.FollowUpYear;
import se.samverkan.shared.InvalidInputException;

/**
 * RUG's indicator sets: every space of the area reads them; RUG, in the region's space, makes a
 * new set from a year and changes a set no report uses yet.
 */
@Path("spaces/{space}/followup/indicator-sets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IndicatorSetResource {

  @Inject IndicatorSetService sets;

  @PathParam("space")
  String space;

  @GET
  @Operation(summary = "The area's indicator sets, latest first year first")
  public List<IndicatorSetView> list() {
    return sets.sets().stream().map(IndicatorSetView::of).toList();
  }

  @POST
  @Operation(summary = "RUG makes a set from a year, a copy of the one that applied to it")
  public Response create(@NotNull @Valid IndicatorSetRequest request, @Context UriInfo uri) {
    if (request.getValidFromYear() == null) {
      throw new InvalidInputException("validFromYear", "the first year the set applies to is required");
    }
    IndicatorSetDetails created = sets.create(new FollowUpYear(request.getValidFromYear()), request.getName());
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.set().id())).build())
        .entity(IndicatorSetView.of(created))
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One set with its indicators, and whether a report uses it")
  public IndicatorSetView set(@PathParam("id") long id) {
    return IndicatorSetView.of(sets.set(id));
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "RUG renames a set no report uses; 'version' must be the one last read, else 409")
  public IndicatorSetView rename(@PathParam("id") long id, @NotNull @Valid IndicatorSetRequest request) {
    if (request.getVersion() == null) {
      throw new InvalidInputException("version", "the version of the set you read is required");
    }
    return IndicatorSetView.of(sets.rename(id, request.getName(), request.getVersion()));
  }

  @POST
  @Path("{id}/indicators")
  @Operation(summary = "RUG adds an indicator (last) to a set no report uses")
  public Response add(@PathParam("id") long id, @NotNull @Valid IndicatorRequest request, @Context UriInfo uri) {
    IndicatorSetDetails changed = sets.addIndicator(id, request.definition());
    long added = changed.indicators().get(changed.indicators().size() - 1).id();
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(added)).build())
        .entity(IndicatorSetView.of(changed))
        .build();
  }

  @PUT
  @Path("{id}/indicators/{indicatorId}")
  @Operation(summary = "RUG changes or moves (position, 1 = first) an indicator; 'version' is the indicator's")
  public IndicatorSetView change(
      @PathParam("id") long id, @PathParam("indicatorId") long indicatorId, @NotNull @Valid IndicatorRequest request) {
    if (request.getVersion() == null) {
      throw new InvalidInputException("version", "the version of the indicator you read is required");
    }
    int position = request.getPosition() == null ? Integer.MAX_VALUE : request.getPosition();
    return IndicatorSetView.of(sets.changeIndicator(id, indicatorId, request.definition(), position, request.getVersion()));
  }

  @DELETE
  @Path("{id}/indicators/{indicatorId}")
  @Operation(summary = "RUG removes an indicator from a set no report uses; ?version= the indicator's")
  public IndicatorSetView remove(
      @PathParam("id") long id, @PathParam("indicatorId") long indicatorId, @QueryParam("version") Long version) {
    if (version == null) {
      throw new InvalidInputException("version", "the version of the indicator you read is required");
    }
    return IndicatorSetView.of(sets.removeIndicator(id, indicatorId, version));
  }
}
