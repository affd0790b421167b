package se.samverkan.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import se.samverkan.platform.DatabaseSetup;

/** Ready when the migrations and provisioning ran and the application role can connect. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  @Inject DatabaseSetup setup;

  @Resource(lookup = "jdbc/samverkan")
  DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("samverkan-database");
    if (!setup.isReady()) {
      return response.down().withData("migrations", "pending").build();
    }
    try (Connection connection = dataSource.getConnection()) {
      return response.status(connection.isValid(2)).withData("migrations", "applied").build();
    } catch (SQLException e) {
      return response.down().withData("connection", "failed").build();
    }
  }
}
