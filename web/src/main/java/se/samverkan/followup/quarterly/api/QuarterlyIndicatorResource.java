package se.samverkan.followup.quarterly.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.samverkan.followup.quarterly.Quarter;
import se.samverkan.followup.quarterly.QuarterlyIndicatorService;
import se.samverkan.followup.quarterly.UploadOutcome;
import se.samverkan.followup.quarterly.api.QuarterlyViews.ChartView;
import se.samverkan.followup.quarterly.api.QuarterlyViews.DefinitionView;
import se.samverkan.followup.quarterly.api.QuarterlyViews.FigureView;
import se.samverkan.followup.quarterly.api.QuarterlyViews.SummaryPageView;
import se.samverkan.followup.quarterly.api.QuarterlyViews.UploadView;
import se.samverkan.platform.api.Problem;
import se.samverkan.platform.api.Problem.FieldError;
import se.samverkan.shared.InvalidInputException;
import se.samverkan.shared.PageRequest;

/**
 * Quarterly indicators of the area: RUG keeps the definitions (region's space); each party
 * reports its own figures, one at a time or as a CSV file; every space of the area reads them all.
 */
@Path("spaces/{space}/quarterly-indicators")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class QuarterlyIndicatorResource {

  @Inject QuarterlyIndicatorService indicators;

  @GET
  @Operation(summary = "The area's quarterly indicators, a page at a time, with each party's figure of the latest quarter")
  public SummaryPageView overview(
      @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
    return SummaryPageView.of(indicators.overview(new PageRequest(page, size)));
  }

  @POST
  @Operation(summary = "RUG defines a quarterly indicator")
  public Response create(@NotNull @Valid DefinitionRequest request, @Context UriInfo uri) {
    DefinitionView created = DefinitionView.of(indicators.create(request.details()));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created).build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "An indicator with every party's figures per quarter, the area's mean and the trends")
  public ChartView chart(@PathParam("id") long id) {
    return ChartView.of(indicators.chart(id));
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "RUG changes an indicator (the code stays); 'version' required, else 409")
  public DefinitionView change(@PathParam("id") long id, @NotNull @Valid DefinitionRequest request) {
    return DefinitionView.of(indicators.change(id, request.details(), version(request.getVersion())));
  }

  @PUT
  @Path("{id}/retirement")
  @Operation(summary = "RUG retires an indicator: no figures from the current quarter on; 'version' required")
  public DefinitionView retire(@PathParam("id") long id, @NotNull @Valid VersionRequest request) {
    return DefinitionView.of(indicators.retire(id, request.getVersion()));
  }

  @GET
  @Path("{id}/values")
  @Operation(summary = "The space's own party's figures of the indicator, with their versions")
  public List<FigureView> ownFigures(@PathParam("id") long id) {
    return indicators.ownFigures(id).stream().map(FigureView::of).toList();
  }

  @PUT
  @Path("{id}/values/{quarter}")
  @Operation(summary = "The space's party reports its figure for a quarter (YYYY-Qn); replacing one needs its version")
  public FigureView report(@PathParam("id") long id, @PathParam("quarter") String quarter,
      @NotNull @Valid FigureRequest request) {
    return FigureView.of(indicators.report(id, Quarter.parse(quarter), request.getValue(), request.getVersion()));
  }

  @POST
  @Path("values")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
  @Operation(summary = "The space's party uploads figures as CSV (definition_code;quarter;value with a header row):"
      + " all rows are imported, or none and every bad line is named")
  public Response upload(byte[] file, @Context UriInfo uri) {
    if (file == null || file.length == 0) {
      throw new InvalidInputException("file", "Upload a CSV file with the header definition_code;quarter;value");
    }
    UploadOutcome outcome = indicators.upload(file);
    if (outcome.isRejected()) {
      List<FieldError> errors = outcome.problems().stream()
          .map(p -> new FieldError(p.line() == 0 ? "file" : "line " + p.line(), p.message())).toList();
      return new Problem(400, "Invalid input", "Nothing was imported: " + errors.size()
          + (errors.size() == 1 ? " problem" : " problems") + " in the file", uri.getRequestUri().getPath(), errors)
          .toResponse();
    }
    return Response.ok(UploadView.of(outcome)).build();
  }

  private static long version(Long version) {
    if (version == null) {
      throw new InvalidInputException("version", "the version you last read is required");
    }
    return version;
  }
}
