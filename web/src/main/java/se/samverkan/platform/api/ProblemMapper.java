package se.samverkan.platform.api;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.samverkan.platform.api.Problem.FieldError;
import se.samverkan.platform.security.CallerFactory;
import se.samverkan.shared.AccessDeniedException;
import se.samverkan.shared.ConflictException;
import se.samverkan.shared.InvalidInputException;
import se.samverkan.shared.NotFoundException;
import se.samverkan.shared.StaleVersionException;
import se.samverkan.tenancy.RequestTrace;

/**
 * Every error of the API as a problem detail. Known refusals keep their message; anything
 * unexpected is logged with a reference and answered without internals.
 */
@Provider
@jakarta.enterprise.context.ApplicationScoped
public class ProblemMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());
  private static final Pattern JSON_PROPERTY = Pattern.compile("property '?\"?([A-Za-z0-9_]+)");

  @Context UriInfo uri;
  @Context Request request;
  @Inject CallerFactory callers;

  @Override
  public Response toResponse(Throwable thrown) {
    return problemFor(unwrap(thrown)).toResponse();
  }

  private Problem problemFor(Throwable e) {
    String path = uri == null ? null : uri.getRequestUri().getPath();
    if (e instanceof ConstraintViolationException violations) {
      return new Problem(400, "Invalid input", "Some fields are not valid", path, fieldErrors(violations));
    }
    if (e instanceof InvalidInputException invalid) {
      return new Problem(400, "Invalid input", invalid.getMessage(), path,
          List.of(new FieldError(invalid.field(), invalid.getMessage())));
    }
    if (e instanceof NotFoundException) {
      return Problem.of(404, "Not found", e.getMessage(), path);
    }
    if (e instanceof AccessDeniedException) {
      logRefusal(path, e);
      return Problem.of(403, "Forbidden", e.getMessage(), path);
    }
    if (e instanceof StaleVersionException || e instanceof OptimisticLockException) {
      return Problem.of(409, "Conflict",
          "Someone else changed this in the meantime; reload it and try again", path);
    }
    if (e instanceof ConflictException) {
      return Problem.of(409, "Conflict", e.getMessage(), path);
    }
    if (e instanceof JsonbException || e instanceof JsonParsingException || e instanceof ProcessingException) {
      return unreadableBody(e, path);
    }
    if (e instanceof NotAuthorizedException) {
      return Problem.of(401, "Unauthorized", "A valid bearer token is required", path);
    }
    if (e instanceof WebApplicationException web) {
      Optional<String> parameter = unconvertibleQueryParameter(web);
      if (parameter.isPresent()) {
        String message = "'" + parameter.get() + "' has the wrong type";
        return new Problem(400, "Invalid input", message, path, List.of(new FieldError(parameter.get(), message)));
      }
      int status = web.getResponse().getStatus();
      if (status == 400) {
        // Jersey's own refusal of a body it cannot read at all, e.g. none where one is expected
        String message = "The request body is missing or cannot be read";
        return new Problem(400, "Invalid input", message, path, List.of(new FieldError("body", message)));
      }
      return Problem.of(status, Response.Status.Family.familyOf(status) == Response.Status.Family.CLIENT_ERROR
          ? reason(status) : "Error", reason(status), path);
    }
    // the request's id, when there is one: the same that the audit trail and the log lines carry
    String reference = RequestTrace.current().orElseGet(() -> UUID.randomUUID().toString());
    LOG.log(Level.SEVERE, "unexpected error, reference " + reference, e);
    return Problem.of(500, "Internal error", "Something went wrong on our side; reference " + reference, path);
  }

  /**
   * A refused access is a security event (ASVS V16): logged with the method, the path and the
   * caller's subject, an opaque id; the thread's name adds the request and tenant. Never the
   * caller's name, address or token.
   */
  private void logRefusal(String path, Throwable e) {
    String method = request == null ? "?" : request.getMethod();
    String subject = callers.isLoggedIn() ? callers.caller().subject() : "anonymous";
    LOG.info(() -> "access refused: " + method + " " + path + " for subject " + subject + ": " + e.getMessage());
  }

  /**
   * A query parameter whose text does not convert to its type ({@code ?page=abc}): JAX-RS answers
   * 404 as if the resource were missing; it is bad input. Jersey's ParamException says which
   * parameter; it is not on the compile path (the server brings Jersey), hence the reflection.
   */
  private static Optional<String> unconvertibleQueryParameter(WebApplicationException e) {
    if (e.getCause() == null) {
      return Optional.empty();
    }
    try {
      Object type = e.getClass().getMethod("getParameterType").invoke(e);
      if (type == QueryParam.class) {
        return Optional.of(String.valueOf(e.getClass().getMethod("getParameterName").invoke(e)));
      }
    } catch (ReflectiveOperationException | RuntimeException notAParameterException) {
      // any other WebApplicationException: answered by its status below
    }
    return Optional.empty();
  }

  private static Problem unreadableBody(Throwable e, String path) {
    String field = "body";
    for (Throwable t = e; t != null; t = t.getCause()) {
      Matcher property = t.getMessage() == null ? null : JSON_PROPERTY.matcher(t.getMessage());
      if (property != null && property.find()) {
        field = property.group(1);
        break;
      }
    }
    String message = "body".equals(field)
        ? "The request body is not valid JSON for this operation"
        : "'" + field + "' has the wrong type";
    return new Problem(400, "Invalid input", message, path, List.of(new FieldError(field, message)));
  }

  private static List<FieldError> fieldErrors(ConstraintViolationException violations) {
    List<FieldError> errors = new ArrayList<>();
    for (ConstraintViolation<?> violation : violations.getConstraintViolations()) {
      errors.add(new FieldError(fieldName(violation.getPropertyPath()), violation.getMessage()));
    }
    errors.sort(Comparator.comparing(FieldError::field));
    return errors;
  }

  /**
   * {@code add.arg2.name} names the field {@code name}; a field of an element of a list keeps the
   * element's place ({@code sections[1].currentPicture}); a bare parameter is the body.
   */
  private static String fieldName(Path path) {
    StringBuilder name = new StringBuilder();
    for (Path.Node node : path) {
      jakarta.validation.ElementKind kind = node.getKind();
      if (kind == jakarta.validation.ElementKind.METHOD || kind == jakarta.validation.ElementKind.PARAMETER
          || kind == jakarta.validation.ElementKind.CROSS_PARAMETER) {
        name.setLength(0);
        continue;
      }
      if (node.isInIterable() && name.length() > 0) {
        name.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
      }
      if (node.getName() != null && !node.getName().startsWith("<")) {
        name.append(name.length() > 0 ? "." : "").append(node.getName());
      }
    }
    return name.length() == 0 ? "body" : name.toString();
  }

  private static String reason(int status) {
    Response.Status known = Response.Status.fromStatusCode(status);
    return known == null ? "HTTP " + status : known.getReasonPhrase();
  }

  private static Throwable unwrap(Throwable thrown) {
    Throwable e = thrown;
    while ((e instanceof EJBException || e instanceof jakarta.persistence.PersistenceException
            && !(e instanceof OptimisticLockException))
        && e.getCause() != null) {
      e = e.getCause();
    }
    if (e instanceof EJBException ejb && ejb.getCausedByException() != null) {
      return unwrap(ejb.getCausedByException());
    }
    return e;
  }
}
