package io.rebound.central.payment.sandbox;

import io.rebound.central.db.Sql;
import io.rebound.central.payment.RefundCommand;
import io.rebound.protocols.money.Money;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** SQL of {@code sandbox_refunds} (Flyway V9). */
final class SandboxRefunds {
  private static final String COLUMNS =
      "refund_id, payment_reference, amount, currency, status, decline_code, decline_message,"
          + " created_at";

  private SandboxRefunds() {}

  /**
   * Records the refund of {@code command}'s return unless one exists (by return id or idempotency
   * key); returns whether this call inserted it.
   */
  static boolean insertIfAbsent(
      Connection c, RefundCommand command, Optional<SandboxRules.Decline> decline)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO sandbox_refunds (refund_id, return_id, store_id, idempotency_key,"
                + " payment_reference, amount, currency, status, decline_code, decline_message)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
      ps.setString(1, SandboxRefund.idOf(command));
      ps.setObject(2, command.returnId().value());
      ps.setString(3, command.storeId().value());
      ps.setString(4, command.idempotencyKey());
      ps.setString(5, command.paymentReference());
      ps.setBigDecimal(6, command.amount().amount());
      ps.setString(7, command.amount().currency().getCurrencyCode());
      ps.setString(
          8,
          (decline.isPresent() ? SandboxRefundStatus.DECLINED : SandboxRefundStatus.SUCCEEDED)
              .name());
      ps.setString(9, decline.map(SandboxRules.Decline::code).orElse(null));
      ps.setString(10, decline.map(SandboxRules.Decline::message).orElse(null));
      return ps.executeUpdate() == 1;
    }
  }

  /** The refund of {@code command}'s return, if recorded. */
  static Optional<SandboxRefund> find(Connection c, RefundCommand command) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT "
                + COLUMNS
                + " FROM sandbox_refunds WHERE return_id = ? OR idempotency_key = ?"
                + " ORDER BY (return_id = ?) DESC LIMIT 1")) {
      ps.setObject(1, command.returnId().value());
      ps.setString(2, command.idempotencyKey());
      ps.setObject(3, command.returnId().value());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(read(rs)) : Optional.empty();
      }
    }
  }

  private static SandboxRefund read(ResultSet rs) throws SQLException {
    return new SandboxRefund(
        rs.getString("refund_id"),
        rs.getString("payment_reference"),
        new Money(rs.getBigDecimal("amount"), Money.currency(rs.getString("currency"))),
        SandboxRefundStatus.valueOf(rs.getString("status")),
        rs.getString("decline_code"),
        rs.getString("decline_message"),
        Sql.getInstant(rs, "created_at"));
  }
}
