package se.samverkan.agreement.ui;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import se.samverkan.agreement.AgreementPdf;
import se.samverkan.agreement.AgreementService;
import se.samverkan.shared.NotFoundException;

/**
 * A version as PDF, for the browser: {@code /app/{space}/agreement-pdf?id=&v=}. The routing filter
 * has entered the space before forwarding here; requested directly, it is 404.
 */
@WebServlet("/space/agreement-pdf")
public class AgreementPdfServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject AgreementService agreements;
  @Inject AgreementPdf pdf;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    long id;
    int number;
    try {
      id = Long.parseLong(request.getParameter("id"));
      number = Integer.parseInt(request.getParameter("v"));
    } catch (NumberFormatException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    byte[] document;
    try {
      document = pdf.of(agreements.content(id, number));
    } catch (NotFoundException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType("application/pdf");
    response.setHeader("Content-Disposition", "attachment; filename=\"agreement-" + id + "-v" + number + ".pdf\"");
    response.setContentLength(document.length);
    response.getOutputStream().write(document);
  }
}
