package io.rebound.central.returns;

import io.rebound.central.db.Sql;
import io.rebound.protocols.envelope.EventEnvelope;
import io.rebound.protocols.json.ProtocolJson;
import io.rebound.protocols.returns.ReturnAccepted;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * The business write of a {@code return.accepted} event: one {@code returns} row with the payload
 * kept as JSONB. Money goes in as numeric + currency, never as a floating-point number.
 */
public final class ReturnWriter {
  private ReturnWriter() {}

  /** An accepted return and the event that carried it. */
  public record NewReturn(EventEnvelope envelope, ReturnAccepted accepted, Instant receivedAt) {}

  /**
   * Inserts each return; {@code result[i]} is false when a row with that return id already exists
   * (a second, different event for the same return: the caller dead-letters it).
   */
  public static boolean[] insert(Connection c, List<NewReturn> returns) throws SQLException {
    boolean[] inserted = new boolean[returns.size()];
    if (returns.isEmpty()) {
      return inserted;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO returns (return_id, store_id, terminal_id, status, mode, accepted_at,"
                + " currency, total_amount, refund_method, refund_amount, refund_status,"
                + " event_id, sequence, received_at, payload)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)"
                + " ON CONFLICT (return_id) DO NOTHING")) {
      for (NewReturn r : returns) {
        ReturnAccepted a = r.accepted();
        ps.setObject(1, a.returnId().value());
        ps.setString(2, a.storeId().value());
        ps.setString(3, a.request().terminalId().value());
        ps.setString(4, a.status().name());
        ps.setString(5, a.mode().name());
        Sql.setInstant(ps, 6, a.acceptedAt());
        ps.setString(7, a.request().currency().getCurrencyCode());
        ps.setBigDecimal(8, a.request().total().amount());
        ps.setString(9, a.refund().method().name());
        ps.setBigDecimal(10, a.refund().amount().amount());
        ps.setString(11, a.refund().status().name());
        ps.setObject(12, r.envelope().eventId().value());
        ps.setLong(13, r.envelope().sequence());
        Sql.setInstant(ps, 14, r.receivedAt());
        ps.setString(15, ProtocolJson.toJson(a));
        ps.addBatch();
      }
      int[] counts = ps.executeBatch();
      for (int i = 0; i < counts.length; i++) {
        inserted[i] = counts[i] > 0;
      }
    }
    return inserted;
  }
}
