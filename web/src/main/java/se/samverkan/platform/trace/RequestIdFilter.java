package se.samverkan.platform.trace;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import se.samverkan.tenancy.RequestTrace;

/**
 * Gives every request an id for as long as it is served. A caller's own id (a gateway's, a test's)
 * is kept when it is well-formed, so one request can be followed across systems; anything else is
 * replaced rather than written into the trail.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class RequestIdFilter extends HttpFilter {

  static final String HEADER = "X-Request-Id";

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String offered = request.getHeader(HEADER);
    String id = RequestTrace.isAcceptable(offered) ? offered : UUID.randomUUID().toString();
    response.setHeader(HEADER, id);
    RequestTrace.open(id);
    try {
      chain.doFilter(request, response);
    } finally {
      RequestTrace.close();
    }
  }
}
