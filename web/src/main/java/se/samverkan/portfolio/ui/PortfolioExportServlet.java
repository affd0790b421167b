package se.samverkan.portfolio.ui;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import se.samverkan.portfolio.PortfolioService;
import se.samverkan.portfolio.PortfolioWorkbook;
import se.samverkan.portfolio.api.PortfolioResource;
import se.samverkan.shared.InvalidInputException;

/**
 * The overview's selection as XLSX for the browser: {@code /app/{space}/portfolio-export?…}. The
 * routing filter has entered the space before forwarding here; requested directly, it is 404.
 */
@WebServlet("/space/portfolio-export")
public class PortfolioExportServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject PortfolioService portfolio;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    byte[] workbook;
    try {
      workbook = PortfolioWorkbook.of(portfolio.projects(PortfolioResource.filter(
          number(request.getParameter("goalArea")), request.getParameter("owner"), request.getParameter("status"),
          year(request.getParameter("year")))));
    } catch (InvalidInputException e) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
      return;
    }
    response.setContentType(PortfolioResource.XLSX);
    response.setHeader("Content-Disposition", "attachment; filename=\"projektportfolj.xlsx\"");
    response.setContentLength(workbook.length);
    response.getOutputStream().write(workbook);
  }

  private static Long number(String text) {
    try {
      return text == null || text.isBlank() ? null : Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Integer year(String text) {
    Long value = number(text);
    return value == null ? null : value.intValue();
  }
}
