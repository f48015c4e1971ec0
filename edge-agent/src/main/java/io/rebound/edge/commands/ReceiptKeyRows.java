package io.rebound.edge.commands;

import io.rebound.protocols.ids.CommandId;
import io.rebound.protocols.receipts.ReceiptKey;
import io.rebound.protocols.receipts.ReceiptKeySet;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The {@code receipt_key_set} and {@code receipt_keys} tables (V6). */
final class ReceiptKeyRows {
  private ReceiptKeyRows() {}

  /** The stored key set; {@link ReceiptKeySet#empty()} before central sent one. */
  static ReceiptKeySet load(Connection c) throws SQLException {
    int version = 0;
    try (PreparedStatement ps =
            c.prepareStatement("SELECT version FROM receipt_key_set WHERE id = 1");
        ResultSet rs = ps.executeQuery()) {
      if (rs.next()) {
        version = rs.getInt(1);
      }
    }
    List<ReceiptKey> keys = new ArrayList<>();
    try (PreparedStatement ps =
            c.prepareStatement("SELECT kid, public_key FROM receipt_keys ORDER BY kid");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        keys.add(ReceiptKey.of(rs.getString(1), rs.getString(2)));
      }
    }
    return ReceiptKeySet.of(version, keys);
  }

  /**
   * Replaces the whole set with {@code set} if its version is newer than the stored one (inside the
   * caller's transaction, so the replacement is atomic); returns whether it did.
   */
  static boolean replaceIfNewer(
      Connection c, ReceiptKeySet set, CommandId commandId, Instant receivedAt)
      throws SQLException {
    try (PreparedStatement ps =
            c.prepareStatement("SELECT version FROM receipt_key_set WHERE id = 1");
        ResultSet rs = ps.executeQuery()) {
      if (rs.next() && rs.getInt(1) >= set.version()) {
        return false;
      }
    }
    try (PreparedStatement ps = c.prepareStatement("DELETE FROM receipt_keys")) {
      ps.executeUpdate();
    }
    try (PreparedStatement ps =
        c.prepareStatement("INSERT INTO receipt_keys (kid, public_key) VALUES (?, ?)")) {
      for (ReceiptKey key : set.keys()) {
        ps.setString(1, key.kid());
        ps.setString(2, key.publicKey());
        ps.addBatch();
      }
      ps.executeBatch();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO receipt_key_set (id, version, command_id, received_at) VALUES (1, ?, ?, ?)"
                + " ON CONFLICT (id) DO UPDATE SET version = excluded.version,"
                + " command_id = excluded.command_id, received_at = excluded.received_at")) {
      ps.setInt(1, set.version());
      ps.setString(2, commandId.toString());
      ps.setLong(3, receivedAt.toEpochMilli());
      ps.executeUpdate();
    }
    return true;
  }
}
