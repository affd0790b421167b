package se.samverkan.platform.api;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Jersey brings its own mapper for validation errors (an empty 400); a mapper for the exact type
 * wins over it, so invalid input is answered with the fields named, like every other problem.
 */
@Provider
public class ValidationProblemMapper implements ExceptionMapper<ConstraintViolationException> {

  @Inject ProblemMapper problems;

  @Override
  public Response toResponse(ConstraintViolationException violations) {
    return problems.toResponse(violations);
  }
}
