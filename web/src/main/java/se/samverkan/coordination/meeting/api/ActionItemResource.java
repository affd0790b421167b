package se.samverkan.coordination.meeting.api;

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
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.samverkan.coordination.api.PageView;
import se.samverkan.coordination.meeting.ActionItem;
import se.samverkan.coordination.meeting.ActionItemService;
import se.samverkan.coordination.meeting.ActionItemStatus;
import se.samverkan.shared.InvalidInputException;
import se.samverkan.shared.PageRequest;

/** The action items a group decided on, raised at a meeting and followed up until done. */
@Path("spaces/{space}/groups/{groupId}/action-items")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ActionItemResource {

  @Inject ActionItemService actionItems;

  @PathParam("groupId")
  long groupId;

  @GET
  @Operation(summary = "The group's action items (status=OPEN or DONE to filter)")
  public PageView<ActionItemView> actionItems(
      @QueryParam("status") String status,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    return PageView.of(
        actionItems.actionItems(groupId, status(status), new PageRequest(page, size)), ActionItemView::of);
  }

  @POST
  @Operation(summary = "Raise an action item at a meeting ('meetingId', optionally 'agendaItemId')")
  public Response raise(
      @QueryParam("meetingId") Long meetingId, @NotNull @Valid ActionItemRequest request, @Context UriInfo uri) {
    if (meetingId == null) {
      throw new InvalidInputException("meetingId", "name the meeting that decided the action item");
    }
    ActionItem item = actionItems.raise(groupId, meetingId, request.getAgendaItemId(), request.details());
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(item.id())).build())
        .entity(ActionItemView.of(item))
        .build();
  }

  @GET
  @Path("{actionItemId}")
  @Operation(summary = "One action item")
  public ActionItemView actionItem(@PathParam("actionItemId") long actionItemId) {
    return ActionItemView.of(actionItems.actionItem(groupId, actionItemId));
  }

  @PUT
  @Path("{actionItemId}")
  @Operation(summary = "Change an action item or mark it done; 'version' must be the one last read, else 409")
  public ActionItemView change(
      @PathParam("actionItemId") long actionItemId, @NotNull @Valid ActionItemRequest request) {
    if (request.getVersion() == null) {
      throw new InvalidInputException("version", "the version you last read is required");
    }
    return ActionItemView.of(actionItems.change(
        groupId, actionItemId, request.details(), request.statusOrOpen(), request.getVersion()));
  }

  private static Optional<ActionItemStatus> status(String status) {
    if (status == null || status.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(ActionItemStatus.valueOf(status));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("status", "'status' is OPEN or DONE");
    }
  }
}
