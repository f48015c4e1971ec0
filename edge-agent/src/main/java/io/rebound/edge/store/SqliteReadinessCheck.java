package io.rebound.edge.store;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness "sqlite": database open, schema at the newest migration, write lane running. */
@Readiness
@ApplicationScoped
public class SqliteReadinessCheck implements HealthCheck {
  private final Database db;
  private final WriteLane lane;

  SqliteReadinessCheck(Database db, WriteLane lane) {
    this.db = db;
    this.lane = lane;
  }

  @Override
  public HealthCheckResponse call() {
    boolean up = db.isOpen() && db.atHead() && lane.isRunning();
    return HealthCheckResponse.named("sqlite")
        .status(up)
        .withData("file", db.file().toString())
        .withData("schemaVersion", db.schemaVersion())
        .withData("schemaHead", Migrations.head())
        .withData("writeLane", lane.state().name())
        .build();
  }
}
