package se.samverkan.deviation.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.samverkan.deviation.DeviationStatistics;
import se.samverkan.shared.FollowUpYear;

/** A group's deviation and dispute figures per year. */
@Path("spaces/{space}/groups/{groupId}/deviation-statistics/{year}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DeviationStatisticsResource {

  @Inject DeviationStatistics statistics;

  @GET
  @Operation(summary = "Counts of the group's deviations and disputes of a year, as the annual follow-up prefills them")
  public FiguresView figures(@PathParam("groupId") long groupId, @PathParam("year") String year) {
    return FiguresView.of(statistics.forGroupAndYear(groupId, FollowUpYear.parse(year)));
  }
}
