package se.samverkan.deviation.api;

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
import se.samverkan.deviation.Conclusion;
import se.samverkan.deviation.Deviation;
import se.samverkan.deviation.DeviationCategory;
import se.samverkan.deviation.DeviationFilter;
import se.samverkan.deviation.DeviationService;
import se.samverkan.deviation.DeviationStatus;
import se.samverkan.coordination.meeting.api.VersionRequest;
import se.samverkan.shared.FollowUpYear;
import se.samverkan.shared.InvalidInputException;
import se.samverkan.shared.PageRequest;

/** A group's deviations. The space is entered before this runs. */
@Path("spaces/{space}/groups/{groupId}/deviations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DeviationResource {

  @Inject DeviationService deviations;

  @PathParam("groupId")
  long groupId;

  @GET
  @Operation(summary = "The group's deviations, latest event first; filter by status, category and year")
  public PageView<DeviationView> list(
      @QueryParam("status") String status,
      @QueryParam("category") String category,
      @QueryParam("year") String year,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    DeviationFilter filter = new DeviationFilter(
        parse("status", status, DeviationStatus.class), parse("category", category, DeviationCategory.class),
        year == null || year.isBlank() ? Optional.empty() : Optional.of(FollowUpYear.parse(year)));
    return PageView.of(deviations.deviations(groupId, filter, new PageRequest(page, size)), DeviationView::of);
  }

  @POST
  @Operation(summary = "Bring a fully handled, de-identified deviation for your own organisation")
  public Response bring(@NotNull @Valid DeviationRequest request, @Context UriInfo uri) {
    Deviation brought = deviations.bring(groupId, request.report());
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(brought.id())).build())
        .entity(DeviationView.of(brought)).build();
  }

  @GET
  @Path("{id}")
  public DeviationView one(@PathParam("id") long id) {
    return DeviationView.of(deviations.deviation(groupId, id));
  }

  @POST
  @Path("{id}/analysis")
  @Operation(summary = "The group's analysis at one of its meetings and its conclusion (leaders; 409 unless brought)")
  public DeviationView analyse(@PathParam("id") long id, @NotNull @Valid AnalysisRequest request) {
    return DeviationView.of(deviations.analyse(groupId, id, request.getMeetingId(), request.getAnalysis(),
        Conclusion.valueOf(request.getConclusion()), request.getVersion()));
  }

  @POST
  @Path("{id}/closure")
  @Operation(summary = "Close an analysed deviation (leaders; 409 unless analysed)")
  public DeviationView close(@PathParam("id") long id, @NotNull @Valid VersionRequest request) {
    return DeviationView.of(deviations.close(groupId, id, request.getVersion()));
  }

  @POST
  @Path("{id}/rug")
  @Operation(summary = "Raise a deviation concluded to be a regional fault to RUG with a de-identified summary")
  public DeviationView raise(@PathParam("id") long id, @NotNull @Valid RaiseRequest request) {
    return DeviationView.of(deviations.raiseToRug(groupId, id, request.getSummary(), request.getVersion()));
  }

  static <E extends Enum<E>> Optional<E> parse(String field, String value, Class<E> type) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Enum.valueOf(type, value.strip()));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(field, "'" + value + "' is not a known " + field);
    }
  }
}
