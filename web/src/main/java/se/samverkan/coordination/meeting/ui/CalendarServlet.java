package se.samverkan.coordination.meeting.ui;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import se.samverkan.coordination.CoordinationService;
import se.samverkan.coordination.meeting.MeetingCalendar;
import se.samverkan.coordination.meeting.MeetingService;
import se.samverkan.shared.NotFoundException;
import se.samverkan.tenancy.CurrentSpace;

/**
 * A group's meetings as an .ics file, for the browser: {@code /app/{space}/calendar?group=}. The
 * routing filter has entered the space before forwarding here; requested directly, it is 404.
 */
@WebServlet("/space/calendar")
public class CalendarServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject MeetingService meetings;
  @Inject CoordinationService coordination;
  @Inject CurrentSpace currentSpace;
  @Inject Clock clock;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    long groupId;
    try {
      groupId = Long.parseLong(request.getParameter("group"));
    } catch (NumberFormatException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String ics;
    try {
      ics = MeetingCalendar.of(coordination.group(groupId).name(), request.getServerName(),
          currentSpace.get().tenant().value(), meetings.calendar(groupId), clock.instant());
    } catch (NotFoundException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType("text/calendar");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Content-Disposition", "attachment; filename=\"meetings-" + groupId + ".ics\"");
    response.getWriter().write(ics);
  }
}
