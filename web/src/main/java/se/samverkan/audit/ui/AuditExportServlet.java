package se.samverkan.audit.ui;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import se.samverkan.audit.AuditCsv;
import se.samverkan.audit.AuditFilter;
import se.samverkan.audit.AuditTrail;
import se.samverkan.shared.AccessDeniedException;
import se.samverkan.shared.InvalidInputException;

/**
 * The audit trail as CSV for the browser: {@code /app/{space}/audit-export?…} with the page's
 * filters. The routing filter has entered the space before forwarding here.
 */
@WebServlet("/space/audit-export")
public class AuditExportServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject AuditTrail trail;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    AuditFilter filter;
    try {
      trail.requireAdministrator();
      filter = AuditFilter.parse(request.getParameter("type"), request.getParameter("objectId"),
          request.getParameter("actor"), request.getParameter("action"), request.getParameter("from"),
          request.getParameter("to"));
    } catch (AccessDeniedException e) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    } catch (InvalidInputException e) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST, e.field() + ": " + e.getMessage());
      return;
    }
    response.setContentType("text/csv");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Content-Disposition", "attachment; filename=\"audit-trail.csv\"");
    Writer out = response.getWriter();
    AuditCsv csv = new AuditCsv(out);
    csv.header();
    trail.export(filter, csv::row);
  }
}
