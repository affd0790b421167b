package se.samverkan.followup.quarterly.ui;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import se.samverkan.followup.quarterly.CsvUpload;
import se.samverkan.followup.quarterly.QuarterlyIndicatorService;
import se.samverkan.followup.quarterly.RowProblem;
import se.samverkan.followup.quarterly.UploadOutcome;
import se.samverkan.shared.AccessDeniedException;
import se.samverkan.tenancy.CurrentSpace;

/**
 * The plain upload form's target, {@code POST /app/{space}/quarterly-values.upload} (works without
 * JavaScript). The routing filter enters the space and forwards here. Mapped by extension because
 * Payara applies a servlet's multipart configuration by the address the browser asked for, not the
 * one forwarded to, and {@code *.upload} matches both.
 *
 * <p>After the upload the browser is sent back to the list (post/redirect/get); the outcome rides
 * along in the session for that one page view, which shows it beside the file field.
 */
@WebServlet("*.upload")
@MultipartConfig(maxFileSize = CsvUpload.MAX_BYTES + 1, maxRequestSize = CsvUpload.MAX_BYTES + 64 * 1024)
public class QuarterlyUploadServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  static final String OUTCOME = QuarterlyUploadServlet.class.getName() + ".outcome";

  @Inject QuarterlyIndicatorService indicators;
  @Inject CurrentSpace currentSpace;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    if (!"/space/quarterly-values.upload".equals(request.getServletPath()) || currentSpace.current().isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    if (!sameOrigin(request)) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN, "The form must be sent from this site");
      return;
    }
    UploadOutcome outcome;
    try {
      outcome = indicators.upload(read(request));
    } catch (AccessDeniedException e) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN, e.getMessage());
      return;
    } catch (IllegalStateException tooLarge) {
      // the container refuses a part above maxFileSize before the check sees it
      outcome = UploadOutcome.rejected(List.of(new RowProblem(0, RowProblem.Kind.FILE_TOO_LARGE,
          String.valueOf(CsvUpload.MAX_BYTES))));
    }
    request.getSession().setAttribute(OUTCOME, outcome);
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", request.getContextPath() + "/app/"
        + currentSpace.get().tenant().value() + "/quarterly-indicators#upload-heading");
  }

  private static byte[] read(HttpServletRequest request) throws IOException, ServletException {
    Part file = request.getPart("file");
    if (file == null) {
      return new byte[0];
    }
    try (InputStream in = file.getInputStream()) {
      return in.readNBytes(CsvUpload.MAX_BYTES + 1);
    }
  }

  /** A browser says where a form came from; one from another site is refused. */
  private static boolean sameOrigin(HttpServletRequest request) {
    String origin = request.getHeader("Origin");
    if (origin == null || origin.equals("null")) {
      return origin == null;
    }
    try {
      URI from = URI.create(origin);
      URI to = URI.create(request.getRequestURL().toString());
      return from.getHost() != null && from.getHost().equalsIgnoreCase(to.getHost()) && port(from) == port(to);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static int port(URI uri) {
    return uri.getPort() != -1 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
  }
}
