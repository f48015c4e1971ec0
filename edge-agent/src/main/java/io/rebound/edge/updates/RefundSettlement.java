package io.rebound.edge.updates;

import io.rebound.protocols.json.ProtocolJson;
import io.rebound.protocols.requests.OutcomeKind;
import io.rebound.protocols.requests.OutcomeState;
import io.rebound.protocols.requests.ReturnUpdate;
import io.rebound.protocols.returns.Refund;
import io.rebound.protocols.returns.RefundStatus;
import io.rebound.protocols.returns.ReturnResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Moves a return's refund status forward when central reports how its refund ended: a refund the
 * store still owes (DEFERRED) or that central approved (APPROVED) becomes ISSUED (with the
 * gateway's refund id) on REFUND SUCCEEDED, or DECLINED on REFUND DECLINED. Nothing else changes a
 * status: a dead-lettered refund stays owed (an operator may replay it), and a status already
 * ISSUED or DECLINED is never moved back. The stored response is rewritten, so {@code GET
 * /api/v1/returns/{id}} shows it.
 */
final class RefundSettlement {
  private RefundSettlement() {}

  /** The status {@code update} moves {@code from} to; empty when it does not move it. */
  static Optional<RefundStatus> next(RefundStatus from, ReturnUpdate update) {
    if (update.kind() != OutcomeKind.REFUND
        || (from != RefundStatus.DEFERRED && from != RefundStatus.APPROVED)) {
      return Optional.empty();
    }
    return switch (update.state()) {
      case SUCCEEDED -> Optional.of(RefundStatus.ISSUED);
      case DECLINED -> Optional.of(RefundStatus.DECLINED);
      case DEAD_LETTERED -> Optional.empty();
    };
  }

  /** Applies {@code update} to its return's refund; false when nothing changed. */
  static boolean apply(Connection c, ReturnUpdate update) throws SQLException {
    if (update.kind() != OutcomeKind.REFUND || update.state() == OutcomeState.DEAD_LETTERED) {
      return false;
    }
    ReturnResponse before;
    try (PreparedStatement ps =
        c.prepareStatement("SELECT response FROM returns WHERE return_id = ?")) {
      ps.setString(1, update.returnId().toString());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return false;
        }
        before = ProtocolJson.decode(rs.getBytes(1), ReturnResponse.class);
      }
    }
    Refund refund = before.refund();
    Optional<RefundStatus> next = next(refund.status(), update);
    if (next.isEmpty()) {
      return false;
    }
    String reference = update.reference() != null ? update.reference() : refund.reference();
    ReturnResponse after =
        new ReturnResponse(
            before.returnId(),
            before.storeId(),
            before.terminalId(),
            before.status(),
            before.mode(),
            before.acceptedAt(),
            before.total(),
            new Refund(refund.method(), refund.amount(), next.get(), reference),
            before.decisions());
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE returns SET refund_status = ?, response = ? WHERE return_id = ?"
                + " AND refund_status = ?")) {
      ps.setString(1, next.get().name());
      ps.setBytes(2, ProtocolJson.toBytes(after));
      ps.setString(3, update.returnId().toString());
      ps.setString(4, refund.status().name());
      return ps.executeUpdate() == 1;
    }
  }
}
