package se.samverkan.coordination.assignment.api;

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
import se.samverkan.coordination.api.PageView;
import se.samverkan.coordination.assignment.AssignmentReport;
import se.samverkan.coordination.assignment.AssignmentService;
import se.samverkan.coordination.assignment.AssignmentSummary;
import se.samverkan.coordination.assignment.ReportKind;
import se.samverkan.shared.InvalidInputException;
import se.samverkan.shared.Page;
import se.samverkan.shared.PageRequest;

/**
 * Development assignments. In the region's space RUG lists, gives and changes them and reads the
 * overview and the submitted reports; in a municipality's space the addressed groups read them and
 * write, change and submit their reports. The space is entered before this runs.
 */
@Path("spaces/{space}/assignments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssignmentResource {

  @Inject AssignmentService assignments;

  @PathParam("space")
  String space;

  @GET
  @Operation(summary = "RUG: the region's assignments; a municipality: those given to its groups the caller sees")
  public PageView<AssignmentView> list(
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    Page<AssignmentSummary> found = assignments.assignments(new PageRequest(page, size));
    return new PageView<>(
        found.items().stream().map(a -> AssignmentView.of(a, assignments.groups(a.id()))).toList(),
        found.page(), found.size(), found.total());
  }

  @POST
  @Operation(summary = "RUG gives an assignment to all groups of a kind (targetKind) or to chosen groups (groupIds)")
  public Response create(@NotNull @Valid AssignmentRequest request, @Context UriInfo uri) {
    AssignmentSummary created = assignments.create(request.details());
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(AssignmentView.of(created, assignments.groups(created.id())))
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One assignment and the groups it is given to")
  public AssignmentView assignment(@PathParam("id") long id) {
    return AssignmentView.of(assignments.assignment(id), assignments.groups(id));
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "RUG changes an assignment; 'version' must be the one last read, else 409")
  public AssignmentView change(@PathParam("id") long id, @NotNull @Valid AssignmentRequest request) {
    if (request.getVersion() == null) {
      throw new InvalidInputException("version", "the version of the assignment you read is required");
    }
    AssignmentSummary changed = assignments.change(id, request.details(), request.getVersion());
    return AssignmentView.of(changed, assignments.groups(id));
  }

  @GET
  @Path("{id}/overview")
  @Operation(summary = "RUG: status per municipality and group, from submitted reports only")
  public OverviewView overview(@PathParam("id") long id) {
    return OverviewView.of(assignments.overview(id));
  }

  @GET
  @Path("{id}/submitted-reports")
  @Operation(summary = "RUG: the reports the groups submitted (the region's snapshots)")
  public List<SubmittedReportView> submittedReports(@PathParam("id") long id) {
    return assignments.submittedReports(id).stream().map(SubmittedReportView::of).toList();
  }

  @GET
  @Path("{id}/groups/{groupId}/reports")
  @Operation(summary = "A group's reports on the assignment, drafts included")
  public List<ReportView> reports(@PathParam("id") long id, @PathParam("groupId") long groupId) {
    return assignments.reports(id, groupId).stream().map(ReportView::of).toList();
  }

  @POST
  @Path("{id}/groups/{groupId}/reports")
  @Operation(summary = "The group's leaders write a draft report (kind PROGRESS or FINAL)")
  public Response write(
      @PathParam("id") long id, @PathParam("groupId") long groupId,
      @NotNull @Valid ReportRequest request, @Context UriInfo uri) {
    if (request.getKind() == null) {
      throw new InvalidInputException("kind", "choose PROGRESS or FINAL");
    }
    AssignmentReport report =
        assignments.writeReport(id, groupId, ReportKind.valueOf(request.getKind()), request.getBody());
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(report.id())).build())
        .entity(ReportView.of(report))
        .build();
  }

  @GET
  @Path("{id}/groups/{groupId}/reports/{reportId}")
  @Operation(summary = "One report of the group")
  public ReportView report(
      @PathParam("id") long id, @PathParam("groupId") long groupId, @PathParam("reportId") long reportId) {
    return ReportView.of(assignments.report(id, groupId, reportId));
  }

  @PUT
  @Path("{id}/groups/{groupId}/reports/{reportId}")
  @Operation(summary = "Change a draft's text; 'version' must be the one last read, else 409")
  public ReportView change(
      @PathParam("id") long id, @PathParam("groupId") long groupId, @PathParam("reportId") long reportId,
      @NotNull @Valid ReportRequest request) {
    if (request.getVersion() == null) {
      throw new InvalidInputException("version", "the version of the report you read is required");
    }
    return ReportView.of(
        assignments.changeReport(id, groupId, reportId, request.getBody(), request.getVersion()));
  }

  @POST
  @Path("{id}/groups/{groupId}/reports/{reportId}/submission")
  @Operation(summary = "Submit a draft to the region; 'version' must be the one last read, else 409")
  public ReportView submit(
      @PathParam("id") long id, @PathParam("groupId") long groupId, @PathParam("reportId") long reportId,
      @NotNull SubmissionRequest request) {
    if (request.getVersion() == null) {
      throw new InvalidInputException("version", "the version of the report you read is required");
    }
    return ReportView.of(assignments.submitReport(id, groupId, reportId, request.getVersion()));
  }
}
