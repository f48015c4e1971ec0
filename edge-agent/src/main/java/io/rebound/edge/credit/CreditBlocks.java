package io.rebound.edge.credit;

import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.requests.CreditBlockGrant;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * SQL on the store-credit blocks (SQLite V5). {@link #take} runs on the write connection INSIDE the
 * accept transaction: the number, the block's {@code next_number} and the return commit together,
 * so a number is never handed out twice, whatever crashes.
 */
public final class CreditBlocks {
  private CreditBlocks() {}

  /** Numbers not yet issued, over every block. */
  public static long remaining(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT COALESCE(SUM(last_number - next_number + 1), 0) FROM credit_blocks")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Takes the lowest unissued number for {@code returnId}; empty when every block is used up. */
  public static Optional<StoreCreditNumber> take(Connection c, ReturnId returnId)
      throws SQLException {
    String blockId;
    long number;
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT block_id, next_number FROM credit_blocks WHERE next_number <= last_number"
                    + " ORDER BY first_number LIMIT 1")) {
      if (!rs.next()) {
        return Optional.empty();
      }
      blockId = rs.getString(1);
      number = rs.getLong(2);
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE credit_blocks SET next_number = next_number + 1 WHERE block_id = ?")) {
      ps.setString(1, blockId);
      ps.executeUpdate();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO credit_numbers_issued (number, block_id, return_id) VALUES (?, ?, ?)")) {
      ps.setLong(1, number);
      ps.setString(2, blockId);
      ps.setString(3, returnId.toString());
      ps.executeUpdate();
    }
    return Optional.of(new StoreCreditNumber(number));
  }

  /** Stores a granted block; a block already stored (same block id) is left as it is. */
  public static boolean record(Connection c, CreditBlockGrant grant) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT OR IGNORE INTO credit_blocks (block_id, request_id, first_number, last_number,"
                + " next_number, granted_at) VALUES (?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, grant.blockId().toString());
      ps.setString(2, grant.requestId().toString());
      ps.setLong(3, grant.firstNumber());
      ps.setLong(4, grant.lastNumber());
      ps.setLong(5, grant.firstNumber());
      ps.setLong(6, grant.grantedAt().toEpochMilli());
      return ps.executeUpdate() == 1;
    }
  }
}
