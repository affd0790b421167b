package se.samverkan.platform.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Errors the container raises itself (no token: 401; unknown path: 404) answer like the rest: a
 * problem detail for the API, the error page for people.
 */
@WebServlet("/error")
public class ErrorServlet extends HttpServlet {

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer i ? i : 500;
    String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
    if (uri.startsWith(request.getContextPath() + "/api")) {
      response.setStatus(status);
      response.setContentType(Problem.MEDIA_TYPE.toString());
      response.setCharacterEncoding("UTF-8");
      response.getWriter().write(Problem.of(status, title(status), detail(status), uri).toJson());
      return;
    }
    request.setAttribute("samverkan.errorStatus", status);
    request.getRequestDispatcher("/error.xhtml").forward(request, response);
  }

  private static String title(int status) {
    return switch (status) {
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not found";
      case 405 -> "Method not allowed";
      default -> status >= 500 ? "Internal error" : "Error";
    };
  }

  private static String detail(int status) {
    return switch (status) {
      case 401 -> "A valid bearer token is required";
      case 403 -> "You do not have access to this";
      case 404 -> "There is nothing at this address";
      default -> status >= 500 ? "Something went wrong on our side" : "The request was refused";
    };
  }
}
