package se.samverkan.platform.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Keycloak returns the browser here after login; the OpenID Connect mechanism has handled the
 * answer before this runs. The browser goes on to the page it first asked for, which is only
 * ever a page of this application (no open redirect).
 */
@WebServlet("/callback")
public class CallbackServlet extends HttpServlet {

  private static final String PAGE = CallbackServlet.class.getName() + ".page";

  static void rememberPage(HttpServletRequest request) {
    String query = request.getQueryString();
    String page = request.getRequestURI() + (query == null ? "" : "?" + query);
    request.getSession(true).setAttribute(PAGE, page);
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String target = request.getContextPath() + "/app";
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(PAGE) instanceof String page
        && page.startsWith(request.getContextPath() + "/app")) {
      target = page;
      session.removeAttribute(PAGE);
    }
    response.sendRedirect(target);
  }
}
