package se.samverkan.coordination.analysis.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.samverkan.coordination.analysis.LocalAnalysisService;
import se.samverkan.shared.FollowUpYear;

/**
 * The completed analyses of a year across the groups the caller sees: what the annual follow-up
 * reads. At most one per group, so the list is as long as the space has groups.
 */
@Path("spaces/{space}/completed-analyses/{year}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CompletedAnalysesResource {

  @Inject LocalAnalysisService analyses;

  @GET
  @Operation(summary = "The completed local analyses of a year, of every group the caller sees")
  public List<AnalysisView> completed(@PathParam("year") String year) {
    return analyses.completedAnalyses(FollowUpYear.parse(year)).stream().map(AnalysisView::of).toList();
  }
}
