package se.samverkan.coordination.analysis.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.samverkan.coordination.analysis.AnalysisDetails;
import se.samverkan.coordination.analysis.AnalysisYear;
import se.samverkan.coordination.analysis.LocalAnalysisService;
import se.samverkan.coordination.api.PageView;
import se.samverkan.shared.FollowUpYear;
import se.samverkan.shared.InvalidInputException;
import se.samverkan.shared.Page;
import se.samverkan.shared.PageRequest;

/** A group's local analyses, one per year. The space is entered before this runs. */
@Path("spaces/{space}/groups/{groupId}/analyses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LocalAnalysisResource {

  @Inject LocalAnalysisService analyses;

  @PathParam("groupId")
  long groupId;

  @GET
  @Operation(summary = "The years the group has an analysis of, newest first")
  public PageView<AnalysisYearView> years(
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    Page<AnalysisYear> years = analyses.years(groupId, new PageRequest(page, size));
    return new PageView<>(years.items().stream().map(AnalysisYearView::of).toList(),
        years.page(), years.size(), years.total());
  }

  @GET
  @Path("{year}")
  @Operation(summary = "The group's analysis of a year")
  public AnalysisView analysis(@PathParam("year") String year) {
    return AnalysisView.of(analyses.analysis(groupId, FollowUpYear.parse(year)));
  }

  @PUT
  @Path("{year}")
  @Operation(summary = "Write the group's analysis of a year. Without 'version' it starts the year's"
      + " analysis (201; 409 if it exists); with it, 'version' must be the one last read, else 409")
  public Response write(
      @PathParam("year") String year, @NotNull @Valid AnalysisRequest request, @Context UriInfo uri) {
    boolean starting = request.getVersion() == null;
    AnalysisView written = AnalysisView.of(
        analyses.write(groupId, FollowUpYear.parse(year), request.content(), request.getVersion()));
    return starting
        ? Response.created(uri.getAbsolutePath()).entity(written).build()
        : Response.ok(written).build();
  }

  @POST
  @Path("{year}/completion")
  @Operation(summary = "Complete the analysis for the year's follow-up; 'version' must be the one last read")
  public AnalysisView complete(@PathParam("year") String year, @QueryParam("version") Long version) {
    AnalysisDetails completed = analyses.complete(groupId, FollowUpYear.parse(year), required(version));
    return AnalysisView.of(completed);
  }

  @DELETE
  @Path("{year}/completion")
  @Operation(summary = "Reopen a completed analysis as a draft; 'version' must be the one last read")
  public AnalysisView reopen(@PathParam("year") String year, @QueryParam("version") Long version) {
    return AnalysisView.of(analyses.reopen(groupId, FollowUpYear.parse(year), required(version)));
  }

  private static long required(Long version) {
    if (version == null) {
      throw new InvalidInputException("version", "the version of the analysis you read is required");
    }
    return version;
  }
}
