package io.rebound.central.storecredit;

import io.rebound.protocols.credit.StoreCreditIssued;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.json.ProtocolJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Reads the late issue of a return's store credit back as the event's payload. */
public final class StoreCreditIssueReader {
  private StoreCreditIssueReader() {}

  /** The issue; empty if the store credit was issued at acceptance, or not (yet) at all. */
  public static Optional<StoreCreditIssued> forReturn(Connection c, ReturnId id)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT payload::text FROM store_credit_issues WHERE return_id = ?")) {
      ps.setObject(1, id.value());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next()
            ? Optional.of(ProtocolJson.decode(rs.getString(1), StoreCreditIssued.class))
            : Optional.empty();
      }
    }
  }
}
