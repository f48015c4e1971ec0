package io.rebound.central.requests;

import io.rebound.central.db.Sql;
import io.rebound.central.exceptions.SaleLineLedger;
import io.rebound.protocols.ids.AuthorizationId;
import io.rebound.protocols.requests.RefundAuthorizationRequest;
import io.rebound.protocols.requests.RefundAuthorizationResponse;
import io.rebound.protocols.requests.ReturnedSaleLine;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Decides a refund authorization from central's own state, in one transaction: a stored decision
 * for the same (store, request key) is repeated; otherwise, under the sale lines' advisory locks
 * (the same ones ingest takes), a line already in {@code sale_line_returns} for another return, or
 * covered by another APPROVED authorization, declines it (rule {@value #ALREADY_RETURNED}); else it
 * is approved. The decision is stored with its lines.
 */
final class RefundAuthorizer {
  /** Rule of a DECLINED answer: a requested sale line is returned or refunded elsewhere. */
  static final String ALREADY_RETURNED = "central.sale-line.already-returned";

  private static final String COLUMNS =
      "authorization_id, decision, rule, message, decided_at, return_id";

  private RefundAuthorizer() {}

  /** A stored decision for the request's (store, request key), answered for its return id. */
  static Optional<RefundAuthorizationResponse> stored(
      Connection c, RefundAuthorizationRequest request) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT "
                + COLUMNS
                + " FROM refund_authorizations WHERE store_id = ? AND request_key = ?")) {
      ps.setString(1, request.storeId().value());
      ps.setString(2, request.requestKey());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        AuthorizationId id = new AuthorizationId(Sql.getUuid(rs, "authorization_id"));
        Instant decidedAt = Sql.getInstant(rs, "decided_at");
        return Optional.of(
            "APPROVED".equals(rs.getString("decision"))
                ? RefundAuthorizationResponse.approved(request.returnId(), id, decidedAt)
                : RefundAuthorizationResponse.declined(
                    request.returnId(),
                    id,
                    rs.getString("rule"),
                    rs.getString("message"),
                    decidedAt));
      }
    }
  }

  /** Decides and stores a new authorization (call after {@link #stored} found none). */
  static RefundAuthorizationResponse decide(
      Connection c, RefundAuthorizationRequest request, Clock clock) throws SQLException {
    List<String> keys = request.lines().stream().map(ReturnedSaleLine::lineKey).toList();
    SaleLineLedger.lock(c, request.saleId(), keys);
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    AuthorizationId id = AuthorizationId.mint(clock);
    Optional<String> conflict = conflict(c, request, keys);
    RefundAuthorizationResponse answer =
        conflict.isPresent()
            ? RefundAuthorizationResponse.declined(
                request.returnId(), id, ALREADY_RETURNED, conflict.get(), now)
            : RefundAuthorizationResponse.approved(request.returnId(), id, now);
    if (!insert(c, request, answer)) {
      // a concurrent attempt of the same request stored its decision first: repeat that one
      return stored(c, request).orElseThrow();
    }
    insertLines(c, request, id);
    return answer;
  }

  private static Optional<String> conflict(
      Connection c, RefundAuthorizationRequest request, List<String> keys) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT line_key, store_id, 'returned' AS how FROM sale_line_returns"
                + " WHERE sale_id = ? AND line_key = ANY(?::text[]) AND return_id <> ?"
                + " UNION ALL SELECT l.line_key, a.store_id, 'approved for a refund' AS how"
                + " FROM refund_authorization_lines l JOIN refund_authorizations a"
                + " ON a.authorization_id = l.authorization_id"
                + " WHERE l.sale_id = ? AND l.line_key = ANY(?::text[])"
                + " AND a.decision = 'APPROVED' AND a.return_id <> ?"
                + " ORDER BY 1 LIMIT 1")) {
      java.sql.Array array = c.createArrayOf("text", keys.toArray());
      ps.setString(1, request.saleId());
      ps.setArray(2, array);
      ps.setObject(3, request.returnId().value());
      ps.setString(4, request.saleId());
      ps.setArray(5, array);
      ps.setObject(6, request.returnId().value());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(
            "Sale line "
                + rs.getString("line_key")
                + " of sale "
                + request.saleId()
                + " was already "
                + rs.getString("how")
                + " at store "
                + rs.getString("store_id")
                + ": it cannot be refunded again.");
      }
    }
  }

  private static boolean insert(
      Connection c, RefundAuthorizationRequest request, RefundAuthorizationResponse answer)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO refund_authorizations (authorization_id, store_id, request_key,"
                + " return_id, sale_id, payment_reference, currency, amount, decision, rule,"
                + " message, requested_at, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?) ON CONFLICT ON CONSTRAINT refund_authorizations_request_unique DO NOTHING")) {
      ps.setObject(1, answer.authorizationId().value());
      ps.setString(2, request.storeId().value());
      ps.setString(3, request.requestKey());
      ps.setObject(4, request.returnId().value());
      ps.setString(5, request.saleId());
      ps.setString(6, request.paymentReference());
      ps.setString(7, request.amount().currency().getCurrencyCode());
      ps.setBigDecimal(8, request.amount().amount());
      ps.setString(9, answer.decision().name());
      ps.setString(10, answer.rule());
      ps.setString(11, answer.message());
      Sql.setInstant(ps, 12, request.requestedAt());
      Sql.setInstant(ps, 13, answer.decidedAt());
      return ps.executeUpdate() == 1;
    }
  }

  private static void insertLines(
      Connection c, RefundAuthorizationRequest request, AuthorizationId id) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO refund_authorization_lines (authorization_id, sale_id, line_key,"
                + " quantity) VALUES (?, ?, ?, ?)")) {
      for (ReturnedSaleLine line : request.lines()) {
        ps.setObject(1, id.value());
        ps.setString(2, request.saleId());
        ps.setString(3, line.lineKey());
        ps.setInt(4, line.quantity());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }
}
