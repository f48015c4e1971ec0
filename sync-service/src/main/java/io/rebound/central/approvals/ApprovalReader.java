package io.rebound.central.approvals;

import io.rebound.protocols.approval.ApprovalDecided;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.json.ProtocolJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads a return's manager decisions back as the events' payloads, in store order. */
public final class ApprovalReader {
  private ApprovalReader() {}

  public static List<ApprovalDecided> forReturn(Connection c, ReturnId id) throws SQLException {
    List<ApprovalDecided> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT payload::text FROM approvals WHERE return_id = ?"
                + " ORDER BY decided_at, sequence")) {
      ps.setObject(1, id.value());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(ProtocolJson.decode(rs.getString(1), ApprovalDecided.class));
        }
      }
    }
    return out;
  }
}
