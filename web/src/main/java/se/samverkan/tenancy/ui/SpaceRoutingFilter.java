package se.samverkan.tenancy.ui;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import se.samverkan.platform.security.CallerFactory;
import se.samverkan.platform.ui.LanguageSelection;
import se.samverkan.tenancy.CurrentSpace;
import se.samverkan.tenancy.SpaceForbiddenException;
import se.samverkan.tenancy.SpaceGate;
import se.samverkan.tenancy.SpaceSummary;

/**
 * Turns {@code /app/{space}/{page}} into the page's view, after the caller entered the space
 * named in the address. The views themselves cannot be requested directly, so no page renders
 * without a checked space.
 */
@WebFilter(urlPatterns = {"/app", "/app/*", "/space/*", "/spaces.xhtml"}, dispatcherTypes = DispatcherType.REQUEST)
public class SpaceRoutingFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  /** Faces pages of a space, each {@code /space/<page>.xhtml}. */
  static final Set<String> PAGES = Set.of(
      "start", "groups", "group", "meetings", "meeting", "analysis", "assignments", "assignment",
      "plans", "plan", "portfolio", "project",
      "agreements", "agreement", "agreement-compare",
      "deviations", "deviation", "deviation-statistics", "deviations-raised", "disputes", "dispute",
      "audit",
      "followup", "followup-dashboard", "followup-review", "indicator-sets",
      "quarterly-indicators", "quarterly-indicator",
      "regional-followups", "regional-followup");
  /** Other resources of a space (downloads), each a servlet at {@code /space/<name>}. */
  static final Set<String> RESOURCES = Set.of("calendar", "portfolio-export", "agreement-pdf", "audit-export",
      "quarterly-values.upload", "regional-followup-export");

  @Inject CallerFactory callers;
  @Inject SpaceGate gate;
  @Inject CurrentSpace currentSpace;
  @Inject LanguageSelection language;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String address = request.getRequestURI().substring(request.getContextPath().length());
    if (!(address.equals("/app") || address.startsWith("/app/"))) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    language.choose(request.getParameter("lang"));
    String[] parts = address.substring("/app".length()).split("/");
    // "" -> [], "/kungsbacka" -> ["", "kungsbacka"], "/kungsbacka/groups" -> ["", "kungsbacka", "groups"]
    if (parts.length < 2) {
      chooseSpace(request, response);
    } else if (parts.length == 2) {
      response.sendRedirect(request.getContextPath() + "/app/" + parts[1] + "/start");
    } else if (parts.length == 3 && (PAGES.contains(parts[2]) || RESOURCES.contains(parts[2]))) {
      try {
        currentSpace.enter(gate.enter(callers.caller(), parts[1]));
      } catch (SpaceForbiddenException e) {
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
        return;
      }
      String target = "/space/" + parts[2] + (PAGES.contains(parts[2]) ? ".xhtml" : "");
      request.getRequestDispatcher(target).forward(request, response);
    } else {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
  }

  private void chooseSpace(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    List<SpaceSummary> spaces = gate.spacesOf(callers.caller());
    if (spaces.size() == 1) {
      response.sendRedirect(request.getContextPath() + "/app/" + spaces.get(0).id() + "/start");
      return;
    }
    request.getRequestDispatcher("/spaces.xhtml").forward(request, response);
  }
}
