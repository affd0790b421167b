package se.samverkan.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContextWrapper;
import java.lang.reflect.Type;
import java.util.regex.Pattern;
import java.util.logging.Logger;

/**
 * Jakarta Security allows one authentication mechanism per application, and MicroProfile JWT and
 * OpenID Connect each bring one: side by side, every request would fail on an ambiguous bean. This
 * alternative takes their place and hands each request to the right one: the API and anything
 * carrying a bearer token to JWT, the rest (the browser) to OpenID Connect.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class AuthenticationDispatcher implements HttpAuthenticationMechanism {

  private static final Pattern PROTECTED = Pattern.compile("/(app|app/.*|api/.*|callback)");
  private static final Logger LOG = Logger.getLogger(AuthenticationDispatcher.class.getName());

  @Inject BeanManager beans;

  private HttpAuthenticationMechanism bearer;
  private HttpAuthenticationMechanism browser;

  @PostConstruct
  void findMechanisms() {
    StringBuilder found = new StringBuilder();
    for (Bean<?> bean : beans.getBeans(HttpAuthenticationMechanism.class, Any.Literal.INSTANCE)) {
      String name = describe(bean);
      found.append('[').append(name).append("] ");
      if (bean.getBeanClass() == AuthenticationDispatcher.class) {
        continue;
      }
      // Soteria registers the OpenID Connect mechanism as a synthetic bean that names only the
      // interface, so it is recognised as the one that is not MP-JWT
      if (name.contains("JWT") || name.contains("Jwt")) {
        bearer = reference(bean);
      } else if (browser == null) {
        browser = reference(bean);
      } else {
        throw new IllegalStateException("more than one browser authentication mechanism: " + found);
      }
    }
    if (bearer == null || browser == null) {
      throw new IllegalStateException(
          "expected the MP-JWT and the OpenID Connect mechanisms, found " + found);
    }
    LOG.fine(() -> "authentication: bearer=" + bearer.getClass() + ", browser=" + browser.getClass());
  }

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (isApi(request) && !hasBearerToken(request)) {
      return context.responseUnauthorized();
    }
    boolean loginNeeded = requiresLogin(path);
    if (loginNeeded && request.getUserPrincipal() == null && "GET".equals(request.getMethod())
        && path.startsWith("/app")) {
      CallbackServlet.rememberPage(request);
    }
    HttpMessageContext withProtection = loginNeeded ? new Protected(context) : context;
    return mechanismFor(request).validateRequest(request, response, withProtection);
  }

  /**
   * What needs a logged-in person is decided here, in one place, not in web.xml: Payara refuses
   * web.xml security constraints beside MicroProfile JWT's {@code @LoginConfig}.
   */
  static boolean requiresLogin(String path) {
    return PROTECTED.matcher(path).matches();
  }

  @Override
  public AuthenticationStatus secureResponse(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    return mechanismFor(request).secureResponse(request, response, context);
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    mechanismFor(request).cleanSubject(request, response, context);
  }

  private HttpAuthenticationMechanism mechanismFor(HttpServletRequest request) {
    return isApi(request) || hasBearerToken(request) ? bearer : browser;
  }

  private static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  private static boolean hasBearerToken(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
  }

  /** A request the mechanism must authenticate, though no web.xml constraint says so. */
  private static final class Protected extends HttpMessageContextWrapper {
    Protected(HttpMessageContext context) {
      super(context);
    }

    @Override
    public boolean isProtected() {
      return true;
    }
  }

  private static String describe(Bean<?> bean) {
    StringBuilder name = new StringBuilder(bean.getBeanClass().getName());
    for (Type type : bean.getTypes()) {
      name.append(' ').append(type.getTypeName());
    }
    return name.toString();
  }

  private HttpAuthenticationMechanism reference(Bean<?> bean) {
    return (HttpAuthenticationMechanism)
        beans.getReference(bean, HttpAuthenticationMechanism.class, beans.createCreationalContext(bean));
  }
}
