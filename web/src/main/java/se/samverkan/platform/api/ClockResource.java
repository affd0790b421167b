package se.samverkan.platform.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.samverkan.platform.security.CallerFactory;
import se.samverkan.platform.time.TimeTravel;
import se.samverkan.shared.AccessDeniedException;
import se.samverkan.tenants.Role;

/**
 * The application clock, movable only on a server configured for it (the test profile): the
 * integration tests of reminders and deadlines move it and see what comes due. Elsewhere every
 * operation answers 404. Only the platform admin may ask, who sees no tenant content anyway.
 */
@Path("platform/clock")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ClockResource {

  @Inject TimeTravel timeTravel;
  @Inject CallerFactory callers;

  public static class ClockSetting {
    @NotNull public Instant now;
  }

  public record ClockView(Instant now) {}

  @GET
  @Operation(summary = "The application's time (test servers only)")
  public ClockView now() {
    requirePlatformAdmin();
    return new ClockView(timeTravel.now());
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Moves the application's time and runs the work that has come due (test servers only)")
  public ClockView moveTo(@Valid @NotNull ClockSetting setting) {
    requirePlatformAdmin();
    timeTravel.moveTo(setting.now);
    return new ClockView(timeTravel.now());
  }

  @DELETE
  @Operation(summary = "Returns the application's time to the system's (test servers only)")
  public void back() {
    requirePlatformAdmin();
    timeTravel.back();
  }

  private void requirePlatformAdmin() {
    if (!callers.caller().hasRole(Role.PLATFORM_ADMIN)) {
      throw new AccessDeniedException("Only the platform admin may set the clock");
    }
  }
}
