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
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.samverkan.followup.ReviewService;
import se.samverkan.followup.ReviewStepKind;
import se.samverkan.shared.FollowUpYear;
import se.samverkan.shared.InvalidInputException;
import se.samverkan.shared.NotFoundException;

/**
 * The yearly round: its deadline (the area reads it; RUG sets it), RUG's dashboard, and RUG's
 * review of what the groups submitted. The region reads submissions only, never a draft.
 */
@Path("spaces/{space}/followup")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FollowUpRoundResource {

  @Inject ReviewService review;

  @PathParam("space")
  String space;

  @GET
  @Path("rounds/{year}")
  @Operation(summary = "The year's deadline set by RUG; 404 when none is set")
  public RoundView round(@PathParam("year") String year) {
    FollowUpYear y = FollowUpYear.parse(year);
    return review.round(y).map(RoundView::of).orElseThrow(() -> new NotFoundException("Round", y.value()));
  }

  @PUT
  @Path("rounds/{year}")
  @Operation(summary = "RUG sets or moves the year's deadline; 'version' 0 for a new round, else the one last read")
  public RoundView setDeadline(@PathParam("year") String year, @NotNull @Valid DeadlineRequest request) {
    if (request.getVersion() == null) {
      throw new InvalidInputException("version", "the version of the round you read is required (0 for a new one)");
    }
    return RoundView.of(review.setDeadline(FollowUpYear.parse(year), request.getDeadline(),
        Optional.of(request.getVersion())));
  }

  @GET
  @Path("rounds/{year}/dashboard")
  @Operation(summary = "RUG: every SSGB/SSGV group of the area with the state of its latest submission")
  public DashboardView dashboard(@PathParam("year") String year) {
    return DashboardView.of(review.dashboard(FollowUpYear.parse(year)));
  }

  @GET
  @Path("rounds/{year}/submissions")
  @Operation(summary = "RUG: the latest submission of every group's report of the year")
  public List<SubmissionView> submissions(@PathParam("year") String year) {
    return review.submissions(FollowUpYear.parse(year)).stream().map(SubmissionView::of).toList();
  }

  @GET
  @Path("submissions/{id}")
  @Operation(summary = "RUG: one submission with its answers, figures and the round's history")
  public SubmissionView submission(@PathParam("id") long id) {
    return SubmissionView.of(review.submission(id));
  }

  @POST
  @Path("submissions/{id}/review")
  @Operation(summary = "RUG approves, returns (comment required) or reopens; 'version' last read, 409 on an illegal step")
  public SubmissionView review(@PathParam("id") long id, @NotNull @Valid ReviewRequest request) {
    if (request.getVersion() == null) {
      throw new InvalidInputException("version", "the version of the submission you read is required");
    }
    return SubmissionView.of(review.review(id, ReviewStepKind.valueOf(request.getStep()),
        Optional.ofNullable(request.getComment()), request.getVersion()));
  }
}
