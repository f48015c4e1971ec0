package io.rebound.central.process.store;

import io.rebound.central.db.Sql;
import io.rebound.central.process.model.StepKind;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.ids.StoreId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Locale;

/**
 * Writes a step's row in {@code dead_letters} (kind STEP, fingerprint {@code step:<id>}), in the
 * caller's transaction. A step dead-lettered again after a replay updates its one row: new reason,
 * rule and time, one more redelivery, not replayed.
 */
final class StepDeadLetters {
  private StepDeadLetters() {}

  /** The step whose dead letter is written. */
  record Step(long id, StoreId storeId, ReturnId returnId, StepKind kind) {}

  static void write(Connection c, Step step, String reason, String rule, Instant at)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO dead_letters (fingerprint, kind, reason, rule, field, store_id,"
                + " return_id, step, step_id, received_at)"
                + " VALUES (?, 'STEP', ?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (fingerprint) DO UPDATE SET reason = EXCLUDED.reason,"
                + " rule = EXCLUDED.rule, received_at = EXCLUDED.received_at,"
                + " redeliveries = dead_letters.redeliveries + 1, replayed_at = NULL")) {
      ps.setString(1, "step:" + step.id());
      ps.setString(2, reason);
      ps.setString(3, rule);
      ps.setString(4, "step." + step.kind().name().toLowerCase(Locale.ROOT));
      ps.setString(5, step.storeId().value());
      ps.setObject(6, step.returnId().value());
      ps.setString(7, step.kind().name());
      ps.setLong(8, step.id());
      Sql.setInstant(ps, 9, at);
      ps.executeUpdate();
    }
  }
}
