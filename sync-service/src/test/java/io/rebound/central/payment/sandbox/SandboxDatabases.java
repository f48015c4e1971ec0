package io.rebound.central.payment.sandbox;

import io.quarkus.runtime.configuration.DurationConverter;
import io.rebound.central.config.CentralConfig;
import io.rebound.central.db.Database;
import io.rebound.central.payment.RefundCommand;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Optional;

/** Central's embedded PostgreSQL in a test directory (migrated, V9 included) and row reads. */
final class SandboxDatabases {
  private SandboxDatabases() {}

  /** Started: the database exactly as central builds it with no datasource URL. */
  static Database start(Path dataDir) {
    Database database = unstarted(dataDir);
    database.start();
    return database;
  }

  /** The same database, not started (every statement fails as the pool has no connection). */
  static Database unstarted(Path dataDir) {
    SmallRyeConfig config =
        new SmallRyeConfigBuilder()
            .withMapping(CentralConfig.class)
            .withConverter(Duration.class, 100, new DurationConverter())
            .withDefaultValue("rebound.data-dir", dataDir.toString())
            .withDefaultValue("rebound.db.pool-size", "4")
            .build();
    return new Database(
        config.getConfigMapping(CentralConfig.class),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        "sandbox-payment-test");
  }

  /** Rows of {@code command}'s return with status {@code status}. */
  static long rows(Database database, RefundCommand command, SandboxRefundStatus status) {
    return database.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT count(*) FROM sandbox_refunds WHERE return_id = ? AND status = ?")) {
            ps.setObject(1, command.returnId().value());
            ps.setString(2, status.name());
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              return rs.getLong(1);
            }
          }
        });
  }

  /** The {@code environment} column of {@code command}'s row. */
  static String environment(Database database, RefundCommand command) {
    return database.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT environment FROM sandbox_refunds WHERE return_id = ?")) {
            ps.setObject(1, command.returnId().value());
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? rs.getString(1) : null;
            }
          }
        });
  }
}
