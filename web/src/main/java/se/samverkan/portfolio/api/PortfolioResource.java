package se.samverkan.portfolio.api;

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
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.samverkan.portfolio.CommitmentStatus;
import se.samverkan.portfolio.PortfolioFilter;
import se.samverkan.portfolio.PortfolioService;
import se.samverkan.portfolio.PortfolioWorkbook;
import se.samverkan.portfolio.Rag;
import se.samverkan.portfolio.api.PortfolioViews.CommitmentView;
import se.samverkan.portfolio.api.PortfolioViews.GoalAreaView;
import se.samverkan.portfolio.api.PortfolioViews.OverviewView;
import se.samverkan.portfolio.api.PortfolioViews.ProjectSheetView;
import se.samverkan.portfolio.api.PortfolioViews.StatusView;
import se.samverkan.shared.InvalidInputException;
import se.samverkan.shared.PageRequest;

/**
 * The region's project portfolio: kept by the region's secretariat, read in every space of the
 * area. The overview and the export take the same filters (goal area, owner, latest status, year).
 */
@Path("spaces/{space}/portfolio")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PortfolioResource {

  public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject PortfolioService portfolio;

  @GET
  @Path("goal-areas")
  @Operation(summary = "The portfolio's strategic goal areas")
  public List<GoalAreaView> goalAreas() {
    return portfolio.goalAreas().stream().map(GoalAreaView::of).toList();
  }

  @POST
  @Path("goal-areas")
  @Operation(summary = "The region's secretariat adds a goal area")
  public Response addGoalArea(@NotNull @Valid GoalAreaRequest request, @Context UriInfo uri) {
    GoalAreaView area = GoalAreaView.of(portfolio.addGoalArea(request.getName()));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(area.id())).build()).entity(area).build();
  }

  @GET
  @Path("projects")
  @Operation(summary = "Projects under the filters, a page at a time, with financing and statuses per goal area")
  public OverviewView overview(
      @QueryParam("goalArea") Long goalArea, @QueryParam("owner") String owner, @QueryParam("status") String status,
      @QueryParam("year") Integer year,
      @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
    return OverviewView.of(portfolio.overview(filter(goalArea, owner, status, year), new PageRequest(page, size)));
  }

  @GET
  @Path("projects.xlsx")
  @Produces(XLSX)
  @Operation(summary = "The projects under the filters as an XLSX workbook, with the total financing")
  public Response export(
      @QueryParam("goalArea") Long goalArea, @QueryParam("owner") String owner, @QueryParam("status") String status,
      @QueryParam("year") Integer year) {
    byte[] workbook = PortfolioWorkbook.of(portfolio.projects(filter(goalArea, owner, status, year)));
    return Response.ok(workbook, XLSX)
        .header("Content-Disposition", "attachment; filename=\"projektportfolj.xlsx\"")
        .build();
  }

  @POST
  @Path("projects")
  @Operation(summary = "The region's secretariat adds a project")
  public Response create(@NotNull @Valid ProjectRequest request, @Context UriInfo uri) {
    long id = portfolio.create(request.details()).id();
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build())
        .entity(ProjectSheetView.of(portfolio.project(id)).project()).build();
  }

  @GET
  @Path("projects/{id}")
  @Operation(summary = "A project with its statuses per period and its commitments")
  public ProjectSheetView project(@PathParam("id") long id) {
    return ProjectSheetView.of(portfolio.project(id));
  }

  @PUT
  @Path("projects/{id}")
  @Operation(summary = "Change a project; 'version' required, else 409")
  public ProjectSheetView change(@PathParam("id") long id, @NotNull @Valid ProjectRequest request) {
    portfolio.change(id, request.details(), version(request.getVersion()));
    return ProjectSheetView.of(portfolio.project(id));
  }

  @PUT
  @Path("projects/{id}/statuses")
  @Operation(summary = "The project's status for a period (GREEN, YELLOW, RED); again for a period rewrites it")
  public StatusView status(@PathParam("id") long id, @NotNull @Valid StatusRequest request) {
    return StatusView.of(portfolio.reportStatus(id, request.getPeriod(), Rag.valueOf(request.getStatus()),
        request.getComment()));
  }

  @POST
  @Path("projects/{id}/commitments")
  @Operation(summary = "A commitment (åtagande) of the project")
  public Response addCommitment(@PathParam("id") long id, @NotNull @Valid CommitmentRequest request,
      @Context UriInfo uri) {
    CommitmentView commitment = CommitmentView.of(portfolio.addCommitment(id, request.getTitle(),
        CommitmentStatus.valueOf(request.getStatus()), request.getComment(), request.getActivities()));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(commitment.id())).build())
        .entity(commitment).build();
  }

  @PUT
  @Path("projects/{id}/commitments/{commitmentId}")
  @Operation(summary = "Change a commitment; 'version' required, else 409")
  public CommitmentView changeCommitment(@PathParam("id") long id, @PathParam("commitmentId") long commitmentId,
      @NotNull @Valid CommitmentRequest request) {
    return CommitmentView.of(portfolio.changeCommitment(id, commitmentId, request.getTitle(),
        CommitmentStatus.valueOf(request.getStatus()), request.getComment(), request.getActivities(),
        version(request.getVersion())));
  }

  /** The filters of the overview and the export; an unknown status is a field error. */
  public static PortfolioFilter filter(Long goalArea, String owner, String status, Integer year) {
    Optional<Rag> rag;
    try {
      rag = status == null || status.isBlank() ? Optional.empty() : Optional.of(Rag.valueOf(status));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("status", "choose GREEN, YELLOW or RED");
    }
    if (year != null && (year < 2000 || year > 2100)) {
      // a year no project can run in is a mistyped filter, not an empty list (found by the bad-input suite)
      throw new InvalidInputException("year", "give a year between 2000 and 2100");
    }
    return new PortfolioFilter(Optional.ofNullable(goalArea), Optional.ofNullable(owner), rag,
        Optional.ofNullable(year));
  }

  private static long version(Long version) {
    if (version == null) {
      throw new InvalidInputException("version", "the version you last read is required");
    }
    return version;
  }
}
