package io.rebound.edge.returns.policy.source;

import io.rebound.protocols.ids.CommandId;
import io.rebound.protocols.json.ProtocolJson;
import io.rebound.protocols.policy.StorePolicy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** The {@code central_policy} row (V6): the policy central pushed last, kept across restarts. */
public final class CentralPolicyRows {
  private CentralPolicyRows() {}

  /** The persisted central policy, if central ever pushed one. */
  public static Optional<StorePolicy> load(Connection c) throws SQLException {
    try (PreparedStatement ps =
            c.prepareStatement("SELECT policy_json FROM central_policy WHERE id = 1");
        ResultSet rs = ps.executeQuery()) {
      return rs.next()
          ? Optional.of(ProtocolJson.decode(rs.getString(1), StorePolicy.class))
          : Optional.empty();
    }
  }

  /**
   * Stores {@code policy} unless the row already holds this or a newer version; returns whether it
   * was stored.
   */
  public static boolean storeIfNewer(
      Connection c, StorePolicy policy, CommandId commandId, Instant receivedAt)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO central_policy (id, policy_version, policy_json, command_id, received_at)"
                + " VALUES (1, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                + " policy_version = excluded.policy_version, policy_json = excluded.policy_json,"
                + " command_id = excluded.command_id, received_at = excluded.received_at"
                + " WHERE excluded.policy_version > central_policy.policy_version")) {
      ps.setInt(1, policy.policyVersion());
      ps.setString(2, ProtocolJson.toJson(policy));
      ps.setString(3, commandId.toString());
      ps.setLong(4, receivedAt.toEpochMilli());
      return ps.executeUpdate() == 1;
    }
  }
}
