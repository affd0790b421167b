package se.samverkan.coordination.meeting.api;

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
import java.time.Clock;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.samverkan.coordination.CoordinationService;
import se.samverkan.coordination.api.PageView;
import se.samverkan.coordination.meeting.AgendaItem;
import se.samverkan.coordination.meeting.MeetingCalendar;
import se.samverkan.coordination.meeting.MeetingRecord;
import se.samverkan.coordination.meeting.MeetingSearch;
import se.samverkan.coordination.meeting.MeetingService;
import se.samverkan.shared.InvalidInputException;
import se.samverkan.shared.PageRequest;

/** A group's meetings: planning, agenda, attendance, minutes and their approval. */
@Path("spaces/{space}/groups/{groupId}/meetings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeetingResource {

  static final String CALENDAR = "text/calendar; charset=UTF-8";

  @Inject MeetingService meetings;
  @Inject CoordinationService coordination;
  @Inject Clock clock;

  @PathParam("space")
  String space;

  @PathParam("groupId")
  long groupId;

  @GET
  @Operation(summary = "The group's coming meetings (when=upcoming, soonest first) or past ones (when=past, latest first); q searches place, agenda and published minutes")
  public PageView<MeetingSummaryView> meetings(
      @QueryParam("when") @DefaultValue("upcoming") String when,
      @QueryParam("q") String text,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    MeetingSearch search = new MeetingSearch(when(when), Optional.ofNullable(text));
    return PageView.of(meetings.meetings(groupId, search, new PageRequest(page, size)), MeetingSummaryView::of);
  }

  @POST
  @Operation(summary = "Plan a meeting; the agenda opens with the agreement's standing items, then 'agenda' (the group's own)")
  public Response plan(@NotNull @Valid MeetingRequest request, @Context UriInfo uri) {
    MeetingView meeting = MeetingView.of(meetings.plan(groupId, request.plan(), request.getAgenda()));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(meeting.id())).build())
        .entity(meeting)
        .build();
  }

  @GET
  @Path("calendar")
  @Produces(CALENDAR)
  @Operation(summary = "The group's meetings as an iCalendar feed (from a year back on)")
  public Response calendar(@Context UriInfo uri) {
    String name = coordination.group(groupId).name();
    String ics = MeetingCalendar.of(name, uri.getBaseUri().getHost(), space, meetings.calendar(groupId), clock.instant());
    return Response.ok(ics, CALENDAR)
        .header("Content-Disposition", "attachment; filename=\"meetings-" + groupId + ".ics\"")
        .build();
  }

  @GET
  @Path("{meetingId}")
  @Operation(summary = "A meeting with its agenda; minutes, attendance and action items once the caller may read them")
  public MeetingView meeting(@PathParam("meetingId") long meetingId) {
    return MeetingView.of(meetings.meeting(groupId, meetingId));
  }

  @PUT
  @Path("{meetingId}")
  @Operation(summary = "Move a meeting or change where it is held; 'version' must be the one last read, else 409")
  public MeetingView replan(@PathParam("meetingId") long meetingId, @NotNull @Valid MeetingRequest request) {
    return MeetingView.of(meetings.replan(groupId, meetingId, request.plan(), required(request.getVersion())));
  }

  @DELETE
  @Path("{meetingId}")
  @Operation(summary = "Cancel a meeting whose minutes are not approved")
  public Response cancel(@PathParam("meetingId") long meetingId, @QueryParam("version") Long version) {
    meetings.cancel(groupId, meetingId, required(version));
    return Response.noContent().build();
  }

  @POST
  @Path("{meetingId}/agenda")
  @Operation(summary = "Add an item of the group's own to the agenda")
  public Response addItem(
      @PathParam("meetingId") long meetingId, @NotNull @Valid AgendaItemRequest request, @Context UriInfo uri) {
    AgendaItem item = meetings.addItem(groupId, meetingId, request.getTitle());
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(item.id())).build())
        .entity(MeetingView.of(meetings.meeting(groupId, meetingId)))
        .build();
  }

  @DELETE
  @Path("{meetingId}/agenda/{itemId}")
  @Operation(summary = "Remove an item of the group's own (the standing items stay)")
  public Response removeItem(
      @PathParam("meetingId") long meetingId, @PathParam("itemId") long itemId, @QueryParam("version") Long version) {
    meetings.removeItem(groupId, meetingId, itemId, required(version));
    return Response.noContent().build();
  }

  @PUT
  @Path("{meetingId}/agenda/{itemId}/minutes")
  @Operation(summary = "Write the minutes under an agenda item; 'version' is the item's as last read, else 409")
  public MeetingView.Item writeMinutes(
      @PathParam("meetingId") long meetingId,
      @PathParam("itemId") long itemId,
      @NotNull @Valid MinutesRequest request) {
    AgendaItem item = meetings.writeMinutes(groupId, meetingId, itemId, request.entry(), request.getVersion());
    return new MeetingView.Item(item.id(), item.position(), item.standingItem().map(Enum::name).orElse(null),
        item.title().orElse(null), item.notes().orElse(null), item.decisions().orElse(null), item.version());
  }

  @PUT
  @Path("{meetingId}/attendance")
  @Operation(summary = "Record who attended; 'version' is the meeting's as last read, else 409")
  public MeetingView recordAttendance(
      @PathParam("meetingId") long meetingId, @NotNull @Valid AttendanceRequest request) {
    return MeetingView.of(meetings.recordAttendance(groupId, meetingId, request.byMember(), request.getVersion()));
  }

  @POST
  @Path("{meetingId}/approval")
  @Operation(summary = "Approve the minutes, which publishes them to the group; they no longer change")
  public MeetingView approve(@PathParam("meetingId") long meetingId, @NotNull @Valid VersionRequest request) {
    MeetingRecord record = meetings.approveMinutes(groupId, meetingId, request.getVersion());
    return MeetingView.of(record);
  }

  @POST
  @Path("{meetingId}/notice")
  @Operation(summary = "Send the notice with the agenda and a calendar file to the group's current members by e-mail")
  public Response sendNotice(@PathParam("meetingId") long meetingId, @NotNull @Valid VersionRequest request) {
    MeetingRecord record = meetings.sendNotice(groupId, meetingId, request.getVersion());
    return Response.accepted(MeetingView.of(record)).build();
  }

  private static MeetingSearch.When when(String when) {
    return switch (when) {
      case "upcoming" -> MeetingSearch.When.UPCOMING;
      case "past" -> MeetingSearch.When.PAST;
      default -> throw new InvalidInputException("when", "'when' is upcoming or past");
    };
  }

  private static long required(Long version) {
    if (version == null) {
      throw new InvalidInputException("version", "the version you last read is required");
    }
    return version;
  }
}
