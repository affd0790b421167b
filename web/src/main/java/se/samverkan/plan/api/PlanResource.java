package se.samverkan.plan.api;

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
import java.util.LinkedHashMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.samverkan.coordination.api.PageView;
import se.samverkan.plan.ActivityStatus;
import se.samverkan.plan.PlanService;
import se.samverkan.plan.economy.AllocationKey;
import se.samverkan.plan.economy.EconomyService;
import se.samverkan.plan.api.PlanViews.ActivityView;
import se.samverkan.plan.api.PlanViews.CostView;
import se.samverkan.plan.api.PlanViews.FinancingView;
import se.samverkan.plan.api.PlanViews.GoalView;
import se.samverkan.plan.api.PlanViews.InitiativeView;
import se.samverkan.plan.api.PlanViews.PlanView;
import se.samverkan.plan.api.PlanViews.ProgressView;
import se.samverkan.plan.api.PlanViews.SheetView;
import se.samverkan.shared.InvalidInputException;
import se.samverkan.shared.PageRequest;

/**
 * Action plans of the space: in the region's space the area's plans (kept by the secretariat), in
 * a municipality's the area's plans to read and its own local plans. The space is entered before
 * this runs.
 */
@Path("spaces/{space}/plans")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlanResource {

  @Inject PlanService plans;
  @Inject EconomyService economy;

  @GET
  @Operation(summary = "The area's plans and, in a municipality, its own local plans")
  public PageView<PlanView> list(
      @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
    return PageView.of(plans.plans(new PageRequest(page, size)), PlanView::of);
  }

  @POST
  @Operation(summary = "A new plan in the space (the region's secretariat; a municipality's administrators)")
  public Response create(@NotNull @Valid PlanRequest request, @Context UriInfo uri) {
    PlanView created = PlanView.of(plans.create(request.details()));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created).build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "The whole plan: goals, activities, initiatives, economy and each year's balance")
  public SheetView plan(@PathParam("id") long id) {
    return SheetView.of(plans.plan(id));
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Change the plan's title, summary, programme area or years; 'version' required, else 409")
  public PlanView change(@PathParam("id") long id, @NotNull @Valid PlanRequest request) {
    return PlanView.of(plans.change(id, request.details(), version(request.getVersion())));
  }

  @POST
  @Path("{id}/adoption")
  @Operation(summary = "Adopt the plan: 409 while any year's costs and financing differ")
  public PlanView adopt(@PathParam("id") long id, @NotNull @Valid VersionRequest request) {
    return PlanView.of(plans.adopt(id, request.getVersion()));
  }

  @DELETE
  @Path("{id}/adoption")
  @Operation(summary = "Reopen an adopted plan as a draft; ?version= required")
  public PlanView reopen(@PathParam("id") long id, @QueryParam("version") Long version) {
    return PlanView.of(plans.reopen(id, version(version)));
  }

  @PUT
  @Path("{id}/allocation")
  @Operation(summary = "The key that splits jointly allocated funds (EQUAL, BY_POPULATION, FIXED_SHARES) and the weights")
  public PlanView allocation(@PathParam("id") long id, @NotNull @Valid AllocationRequest request) {
    return PlanView.of(plans.chooseAllocation(id, AllocationKey.valueOf(request.getKey()),
        request.getWeights() == null ? new LinkedHashMap<>() : request.getWeights(), request.getVersion()));
  }

  @POST
  @Path("{id}/goals")
  @Operation(summary = "A numbered goal")
  public Response addGoal(@PathParam("id") long id, @NotNull @Valid GoalRequest request, @Context UriInfo uri) {
    GoalView goal = GoalView.of(plans.addGoal(id, request.getNumber(), request.getTitle(), request.getDescription()));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(goal.id())).build()).entity(goal).build();
  }

  @PUT
  @Path("{id}/goals/{goalId}")
  @Operation(summary = "Change a goal; 'version' required, else 409")
  public GoalView changeGoal(@PathParam("id") long id, @PathParam("goalId") long goalId,
      @NotNull @Valid GoalRequest request) {
    return GoalView.of(plans.changeGoal(id, goalId, request.getNumber(), request.getTitle(),
        request.getDescription(), version(request.getVersion())));
  }

  @POST
  @Path("{id}/initiatives")
  @Operation(summary = "A joint initiative (A, A.a, B, ...)")
  public Response addInitiative(@PathParam("id") long id, @NotNull @Valid InitiativeRequest request,
      @Context UriInfo uri) {
    InitiativeView initiative = InitiativeView.of(plans.addInitiative(id, request.getCode(), request.getTitle()));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(initiative.id())).build())
        .entity(initiative).build();
  }

  @POST
  @Path("{id}/activities")
  @Operation(summary = "An activity under a goal")
  public Response addActivity(@PathParam("id") long id, @NotNull @Valid ActivityRequest request,
      @Context UriInfo uri) {
    var activity = plans.addActivity(id, request.details());
    ActivityView view = activityView(id, activity.id());
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(activity.id())).build())
        .entity(view).build();
  }

  @PUT
  @Path("{id}/activities/{activityId}")
  @Operation(summary = "Change an activity; 'version' required, else 409")
  public ActivityView changeActivity(@PathParam("id") long id, @PathParam("activityId") long activityId,
      @NotNull @Valid ActivityRequest request) {
    plans.changeActivity(id, activityId, request.details(), version(request.getVersion()));
    return activityView(id, activityId);
  }

  @PUT
  @Path("{id}/activities/{activityId}/progress")
  @Operation(summary = "The activity's status and comment for a period (one per period)")
  public ProgressView progress(@PathParam("id") long id, @PathParam("activityId") long activityId,
      @NotNull @Valid ProgressRequest request) {
    return ProgressView.of(plans.recordProgress(id, activityId, request.getPeriod(),
        ActivityStatus.valueOf(request.getStatus()), request.getComment()));
  }

  @POST
  @Path("{id}/costs")
  @Operation(summary = "A cost row of a year; amount in kronor with at most two decimals")
  public Response addCost(@PathParam("id") long id, @NotNull @Valid CostRequest request, @Context UriInfo uri) {
    CostView row = CostView.of(economy.addCost(id, request.details()));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(row.id())).build()).entity(row).build();
  }

  @PUT
  @Path("{id}/costs/{rowId}")
  @Operation(summary = "Change a cost row; 'version' required, else 409")
  public CostView changeCost(@PathParam("id") long id, @PathParam("rowId") long rowId,
      @NotNull @Valid CostRequest request) {
    return CostView.of(economy.changeCost(id, rowId, request.details(), version(request.getVersion())));
  }

  @DELETE
  @Path("{id}/costs/{rowId}")
  @Operation(summary = "Remove a cost row; ?version= required")
  public Response removeCost(@PathParam("id") long id, @PathParam("rowId") long rowId,
      @QueryParam("version") Long version) {
    economy.removeCost(id, rowId, version(version));
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/financing")
  @Operation(summary = "A financing row of a year; source STATE_GRANT names its grantYear")
  public Response addFinancing(@PathParam("id") long id, @NotNull @Valid FinancingRequest request,
      @Context UriInfo uri) {
    FinancingView row = FinancingView.of(economy.addFinancing(id, request.details()));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(row.id())).build()).entity(row).build();
  }

  @PUT
  @Path("{id}/financing/{rowId}")
  @Operation(summary = "Change a financing row; 'version' required, else 409")
  public FinancingView changeFinancing(@PathParam("id") long id, @PathParam("rowId") long rowId,
      @NotNull @Valid FinancingRequest request) {
    return FinancingView.of(economy.changeFinancing(id, rowId, request.details(), version(request.getVersion())));
  }

  @DELETE
  @Path("{id}/financing/{rowId}")
  @Operation(summary = "Remove a financing row; ?version= required")
  public Response removeFinancing(@PathParam("id") long id, @PathParam("rowId") long rowId,
      @QueryParam("version") Long version) {
    economy.removeFinancing(id, rowId, version(version));
    return Response.noContent().build();
  }

  private ActivityView activityView(long planId, long activityId) {
    return SheetView.of(plans.plan(planId)).activities().stream()
        .filter(a -> a.id() == activityId).findFirst().orElseThrow();
  }

  private static long version(Long version) {
    if (version == null) {
      throw new InvalidInputException("version", "the version you last read is required");
    }
    return version;
  }
}
