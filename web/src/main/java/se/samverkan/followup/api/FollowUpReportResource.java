package se.samverkan.followup.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.samverkan.followup.FollowUpService;
import se.samverkan.followup.ReportDetails;
import se.samverkan.shared.FollowUpYear;
import se.samverkan.shared.InvalidInputException;

/**
 * A group's annual follow-up, in its municipality's space: start the year's draft (prefilled),
 * answer the indicators, submit to the region. The region never reads these: it reads submissions.
 */
@Path("spaces/{space}/followup/groups/{groupId}/reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FollowUpReportResource {

  @Inject FollowUpService followUps;

  @PathParam("space")
  String space;

  @PathParam("groupId")
  long groupId;

  @POST
  @Operation(summary = "The group's coordinator or a member starts the year's draft, prefilled from its records")
  public Response start(@NotNull StartRequest request, @Context UriInfo uri) {
    if (request.getYear() == null) {
      throw new InvalidInputException("year", "the year of the follow-up is required");
    }
    ReportDetails started = followUps.start(groupId, new FollowUpYear(request.getYear()));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(started.report().year())).build())
        .entity(ReportView.of(started))
        .build();
  }

  @GET
  @Path("{year}")
  @Operation(summary = "The group's report of the year, drafts included (its own municipality only)")
  public ReportView report(@PathParam("year") String year) {
    return ReportView.of(followUps.report(groupId, FollowUpYear.parse(year)));
  }

  @PUT
  @Path("{year}/answers/{indicatorId}")
  @Operation(summary = "Answer one indicator (and its figures, with a reason when changed); 'version' is the answer's")
  public ReportView answer(
      @PathParam("year") String year, @PathParam("indicatorId") long indicatorId,
      @NotNull @Valid AnswerRequest request) {
    if (request.getVersion() == null) {
      throw new InvalidInputException("version", "the version of the answer you read is required");
    }
    return ReportView.of(followUps.answer(groupId, FollowUpYear.parse(year), indicatorId, request.value(),
        request.figureInputs(), request.getVersion()));
  }

  @POST
  @Path("{year}/submission")
  @Operation(summary = "The group's leaders submit the report to the region; 'version' is the report's, else 409")
  public ReportView submit(@PathParam("year") String year, @NotNull VersionRequest request) {
    if (request.getVersion() == null) {
      throw new InvalidInputException("version", "the version of the report you read is required");
    }
    return ReportView.of(followUps.submit(groupId, FollowUpYear.parse(year), request.getVersion()));
  }
}
