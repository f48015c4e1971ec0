package io.rebound.edge.returns.idempotency;

import io.rebound.protocols.ids.ReturnId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** SQL of the {@code idempotency} table; runs on whatever connection the caller holds. */
public final class IdempotencyStore {
  private IdempotencyStore() {}

  public static Optional<IdempotencyRecord> find(Connection c, IdempotencyKey key)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT fingerprint, return_id, response_status, response_body"
                + " FROM idempotency WHERE idempotency_key = ?")) {
      ps.setString(1, key.value());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new IdempotencyRecord(
                rs.getString(1), ReturnId.parse(rs.getString(2)), rs.getInt(3), rs.getBytes(4)));
      }
    }
  }

  public static void insert(
      Connection c, IdempotencyKey key, IdempotencyRecord record, Instant createdAt)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO idempotency (idempotency_key, fingerprint, return_id, response_status,"
                + " response_body, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, key.value());
      ps.setString(2, record.fingerprint());
      ps.setString(3, record.returnId().toString());
      ps.setInt(4, record.responseStatus());
      ps.setBytes(5, record.responseBody());
      ps.setLong(6, createdAt.toEpochMilli());
      ps.executeUpdate();
    }
  }
}
