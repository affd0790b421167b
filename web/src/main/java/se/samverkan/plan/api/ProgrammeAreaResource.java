package se.samverkan.plan.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.samverkan.plan.PlanService;
import se.samverkan.plan.api.PlanViews.ProgrammeAreaView;

/** The collaboration area's programme areas: the region's secretariat keeps them, every party reads them. */
@Path("spaces/{space}/programme-areas")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProgrammeAreaResource {

  @Inject PlanService plans;

  @GET
  @Operation(summary = "The area's programme areas, in order")
  public List<ProgrammeAreaView> list() {
    return plans.programmeAreas().stream().map(ProgrammeAreaView::of).toList();
  }

  @POST
  @Operation(summary = "The region's secretariat adds a programme area")
  public Response add(@NotNull @Valid ProgrammeAreaRequest request, @Context UriInfo uri) {
    ProgrammeAreaView area = ProgrammeAreaView.of(plans.addProgrammeArea(request.getName()));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(area.id())).build())
        .entity(area).build();
  }
}
