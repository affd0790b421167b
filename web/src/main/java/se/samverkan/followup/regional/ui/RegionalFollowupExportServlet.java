package se.samverkan.followup.regional.ui;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import se.samverkan.followup.regional.Audience;
import se.samverkan.followup.regional.Compilation;
import se.samverkan.followup.regional.RegionalFollowupService;
import se.samverkan.followup.regional.api.Exports;
import se.samverkan.shared.DomainException;
import se.samverkan.shared.FollowUpYear;
import se.samverkan.shared.InvalidInputException;
import se.samverkan.shared.NotFoundException;

/**
 * A regional follow-up as PDF, XLSX or CSV for the browser:
 * {@code /app/{space}/regional-followup-export?year=&audience=&format=}. The routing filter has
 * entered the space before forwarding here; requested directly, it is 404.
 */
@WebServlet("/space/regional-followup-export")
public class RegionalFollowupExportServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Set<String> FORMATS = Set.of("pdf", "xlsx", "csv");

  @Inject RegionalFollowupService followups;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Optional<Audience> audience = Audience.ofSlug(String.valueOf(request.getParameter("audience")));
    String format = request.getParameter("format");
    if (audience.isEmpty() || !FORMATS.contains(format)) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Exports.File file;
    try {
      Compilation compilation = followups.forExport(FollowUpYear.parse(request.getParameter("year")), audience.get());
      file = Exports.of(compilation, format, followups.canCompile());
    } catch (InvalidInputException e) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
      return;
    } catch (NotFoundException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND, e.getMessage());
      return;
    } catch (DomainException e) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN, e.getMessage());
      return;
    }
    response.setContentType(file.mediaType());
    response.setHeader("Content-Disposition", "attachment; filename=\"" + file.name() + "\"");
    response.setContentLength(file.bytes().length);
    response.getOutputStream().write(file.bytes());
  }
}
