package io.rebound.central.db;

import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness {@code database}: migrated and answering a validation query. */
@Readiness
public class DatabaseCheck implements HealthCheck {
  private final Database database;

  @Inject
  public DatabaseCheck(Database database) {
    this.database = database;
  }

  @Override
  public HealthCheckResponse call() {
    DatabaseState state = database.state();
    boolean up = state == DatabaseState.UP && database.ping();
    return HealthCheckResponse.named("database").status(up).withData("state", state.name()).build();
  }
}
