package se.samverkan.coordination.api;

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
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.samverkan.coordination.CoordinationService;
import se.samverkan.coordination.GroupMember;
import se.samverkan.shared.InvalidInputException;
import se.samverkan.shared.PageRequest;

/** A space's coordination groups and their members. The space is entered before this runs. */
@Path("spaces/{space}/groups")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CoordinationGroupResource {

  @Inject CoordinationService coordination;

  @PathParam("space")
  String space;

  @GET
  @Operation(summary = "The space's coordination groups the caller may see")
  public PageView<GroupView> groups(
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    return PageView.of(coordination.groups(new PageRequest(page, size)), GroupView::of);
  }

  @POST
  @Operation(summary = "Add a group of the municipality's own (kind OTHER)")
  public Response createGroup(@NotNull @Valid GroupRequest request, @Context UriInfo uri) {
    GroupView group = GroupView.of(coordination.createGroup(request.details()));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(group.id())).build())
        .entity(group)
        .build();
  }

  @PUT
  @Path("{groupId}")
  @Operation(summary = "Change a group's name, purpose, target groups or status; 'version' must be the one last read, else 409")
  public GroupView changeGroup(@PathParam("groupId") long groupId, @NotNull @Valid GroupRequest request) {
    if (request.getVersion() == null) {
      throw new InvalidInputException("version", "the version of the group you read is required");
    }
    return GroupView.of(coordination.changeGroup(groupId, request.details(), request.getVersion()));
  }

  @GET
  @Path("{groupId}")
  @Operation(summary = "One coordination group")
  public GroupView group(@PathParam("groupId") long groupId) {
    return GroupView.of(coordination.group(groupId));
  }

  @GET
  @Path("{groupId}/members")
  @Operation(summary = "The group's members")
  public PageView<MemberView> members(
      @PathParam("groupId") long groupId,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    Map<String, String> organisations = coordination.organisations();
    return PageView.of(
        coordination.members(groupId, new PageRequest(page, size)), m -> MemberView.of(m, organisations));
  }

  @POST
  @Path("{groupId}/members")
  @Operation(summary = "Add a member to the group")
  public Response addMember(
      @PathParam("groupId") long groupId, @NotNull @Valid MemberRequest request, @Context UriInfo uri) {
    GroupMember member = coordination.addMember(groupId, request.details());
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(member.id())).build())
        .entity(MemberView.of(member, coordination.organisations()))
        .build();
  }

  @GET
  @Path("{groupId}/members/{memberId}")
  @Operation(summary = "One member of the group")
  public MemberView member(@PathParam("groupId") long groupId, @PathParam("memberId") long memberId) {
    return MemberView.of(coordination.member(groupId, memberId), coordination.organisations());
  }

  @POST
  @Path("{groupId}/members/{memberId}/invitation")
  @Consumes(MediaType.WILDCARD)
  @Operation(summary = "Send the member the invitation to the group (again); 202, the mail leaves shortly")
  public Response invite(@PathParam("groupId") long groupId, @PathParam("memberId") long memberId) {
    GroupMember member = coordination.invite(groupId, memberId);
    return Response.accepted(MemberView.of(member, coordination.organisations())).build();
  }

  @PUT
  @Path("{groupId}/members/{memberId}")
  @Operation(summary = "Change a member; 'version' must be the one last read, else 409")
  public MemberView changeMember(
      @PathParam("groupId") long groupId,
      @PathParam("memberId") long memberId,
      @NotNull @Valid MemberRequest request) {
    if (request.getVersion() == null) {
      throw new InvalidInputException("version", "the version of the member you read is required");
    }
    GroupMember member =
        coordination.changeMember(groupId, memberId, request.details(), request.getVersion());
    return MemberView.of(member, coordination.organisations());
  }

  @DELETE
  @Path("{groupId}/members/{memberId}")
  @Operation(summary = "Remove a member; 'version' must be the one last read, else 409")
  public Response removeMember(
      @PathParam("groupId") long groupId,
      @PathParam("memberId") long memberId,
      @QueryParam("version") Long version) {
    if (version == null) {
      throw new InvalidInputException("version", "the version of the member you read is required");
    }
    coordination.removeMember(groupId, memberId, version);
    return Response.noContent().build();
  }
}
