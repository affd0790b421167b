package se.samverkan.platform.security;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Ends the session here and at Keycloak, then returns to the start page. POST only, so that a
 * link on another site cannot log people out.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

  @Inject OidcSettings settings;
  @Inject Instance<OpenIdContext> openId;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    // with the ID token as hint Keycloak ends its session without asking again
    String idToken = idToken();
    // the login lives in the session (Soteria's OpenIdContext); request.logout() would let the
    // mechanism answer the response itself
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    response.sendRedirect(settings.logoutUri(idToken));
  }

  private String idToken() {
    try {
      return openId.isResolvable() && openId.get().getIdentityToken() != null
          ? openId.get().getIdentityToken().getToken()
          : null;
    } catch (RuntimeException notLoggedInThroughTheBrowser) {
      return null;
    }
  }
}
